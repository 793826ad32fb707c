import { createRemoteJWKSet, customFetch, errors, jwtVerify } from 'jose';

/** Where the Web UI's users' access tokens come from, and for whom they must be issued. */
export interface AccessTokenSettings {
  /** The identity provider's JSON Web Key Set, e.g. `https://idp.example.com/.well-known/jwks.json`. */
  jwksUrl: URL;
  /** The `iss` claim every token must carry. */
  issuer: string;
  /** An `aud` value every token must carry (the codec server's API at the identity provider). */
  audience: string;
}

/** Options of {@link createAccessTokenVerifier}: the settings, plus what tests inject. */
export interface AccessTokenVerifierOptions extends AccessTokenSettings {
  /** Fetches the key set; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** The clock that expiry is checked against; defaults to the system clock. */
  now?: () => Date;
}

/** Why a bearer was not accepted: the token itself (401) or the key set being unreachable (503). */
type AccessTokenCheck = { ok: true } | { ok: false; status: 401 | 503; reason: string };

/** Checks a bearer as a JWT access token of the identity provider. */
export interface AccessTokenVerifier {
  readonly issuer: string;
  readonly audience: string;
  check(token: string): Promise<AccessTokenCheck>;
}

/** Seconds of clock difference tolerated between the identity provider and this host. */
const CLOCK_TOLERANCE_SECONDS = 30;
/** How long one fetch of the key set may take before requests get 503. */
const JWKS_TIMEOUT_MS = 5_000;

/** jose's codes for a token that is wrong in itself (as opposed to a key set that could not be read). */
const TOKEN_ERROR_CODES = new Set<string>([
  errors.JWTExpired.code,
  errors.JWTClaimValidationFailed.code,
  errors.JWTInvalid.code,
  errors.JWSInvalid.code,
  errors.JWSSignatureVerificationFailed.code,
  errors.JWKSNoMatchingKey.code,
  errors.JWKSMultipleMatchingKeys.code,
  errors.JOSEAlgNotAllowed.code,
  errors.JOSENotSupported.code,
]);

/**
 * Verifies access tokens (signature against the identity provider's JWKS, issuer, audience,
 * expiry) with `jose`, which caches the key set and refetches it when a token names an unknown key.
 * Reasons name the failed check, never the token.
 */
export function createAccessTokenVerifier(options: AccessTokenVerifierOptions): AccessTokenVerifier {
  const keys = createRemoteJWKSet(options.jwksUrl, {
    timeoutDuration: JWKS_TIMEOUT_MS,
    ...(options.fetch ? { [customFetch]: options.fetch } : {}),
  });
  return {
    issuer: options.issuer,
    audience: options.audience,
    async check(token) {
      try {
        await jwtVerify(token, keys, {
          issuer: options.issuer,
          audience: options.audience,
          requiredClaims: ['exp'],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          ...(options.now ? { currentDate: options.now() } : {}),
        });
        return { ok: true };
      } catch (error) {
        if (error instanceof errors.JOSEError && TOKEN_ERROR_CODES.has(error.code)) {
          return { ok: false, status: 401, reason: tokenReason(error) };
        }
        const why = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          status: 503,
          reason: `the identity provider's key set could not be read: ${why}`,
        };
      }
    },
  };
}

function tokenReason(error: errors.JOSEError): string {
  if (error instanceof errors.JWTExpired) return 'access token expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `access token's ${error.claim} claim: ${error.reason}`;
  return `access token refused (${error.code})`;
}
