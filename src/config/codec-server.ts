import { z } from 'zod';
import type { AccessTokenSettings } from '../adapters/codec/access-token-verifier';
import { DEV_UI_ORIGIN, isLoopbackHost } from '../adapters/codec/serve-codec';
import { zodSection } from './env';

/** The codec server's settings (the `codec-server` command only). */
export interface CodecServerSettings {
  /** `CODEC_CORS_ORIGINS`, comma-separated; default the dev server's Web UI. */
  corsOrigins: string[];
  /** `CODEC_SERVER_TOKEN`: when set, requests need `Authorization: Bearer <token>`. */
  token: string | null;
  /** `CODEC_JWT_*`: when set, the identity provider's access tokens are accepted too. */
  accessTokens: AccessTokenSettings | null;
}

const origin = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^/\s]+$/, 'each origin is scheme://host[:port], e.g. https://cloud.temporal.io');

/** The key set decides which tokens pass, so it is fetched over TLS unless it is on this machine. */
const jwksUrl = z
  .url({ protocol: /^https?$/, error: 'an http(s) URL, e.g. https://idp.example.com/.well-known/jwks.json' })
  .transform((value) => new URL(value))
  .refine(
    (url) => url.protocol === 'https:' || isLoopbackHost(url.hostname),
    'use https (http only on loopback)',
  );

const JWT_VARIABLES = ['CODEC_JWT_JWKS_URL', 'CODEC_JWT_ISSUER', 'CODEC_JWT_AUDIENCE'] as const;

/** Errors name the variable, never the token. */
export const codecServerSection = zodSection(
  [
    {
      names: ['CODEC_CORS_ORIGINS', 'CODEC_SERVER_TOKEN'],
      meaning:
        "the codec server's allowed Web UI origins (default `http://localhost:8233`) and optional bearer token",
    },
    {
      names: JWT_VARIABLES,
      meaning:
        "set together: the codec server also accepts the Web UI users' access tokens, JWTs checked against this JWKS, issuer and audience",
    },
  ],
  z
    .object({
      CODEC_CORS_ORIGINS: z
        .string()
        .optional()
        .transform((value) => (value ? value.split(',') : [DEV_UI_ORIGIN]))
        .pipe(z.array(origin).min(1)),
      CODEC_SERVER_TOKEN: z.string().trim().min(16, 'use at least 16 characters').optional(),
      CODEC_JWT_JWKS_URL: jwksUrl.optional(),
      CODEC_JWT_ISSUER: z.string().trim().min(1).optional(),
      CODEC_JWT_AUDIENCE: z.string().trim().min(1).optional(),
    })
    .superRefine((parsed, context) => {
      if (!JWT_VARIABLES.some((name) => parsed[name] !== undefined)) return;
      for (const name of JWT_VARIABLES) {
        if (parsed[name] === undefined) {
          context.addIssue({
            code: 'custom',
            path: [name],
            message: `required with ${JWT_VARIABLES.join(', ')}`,
          });
        }
      }
    }),
  (parsed): CodecServerSettings => ({
    corsOrigins: parsed.CODEC_CORS_ORIGINS,
    token: parsed.CODEC_SERVER_TOKEN ?? null,
    accessTokens:
      parsed.CODEC_JWT_JWKS_URL && parsed.CODEC_JWT_ISSUER && parsed.CODEC_JWT_AUDIENCE
        ? {
            jwksUrl: parsed.CODEC_JWT_JWKS_URL,
            issuer: parsed.CODEC_JWT_ISSUER,
            audience: parsed.CODEC_JWT_AUDIENCE,
          }
        : null,
  }),
);
