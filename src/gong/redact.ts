/** What replaces a secret found in upstream text. */
export const REDACTED = '[REDACTED]';

/** Shorter values are not redacted: replacing every "ab" would garble text and hide nothing. */
const MIN_SECRET_LENGTH = 4;

/** A function that removes known secrets from a text. */
export type Redactor = (text: string) => string;

/**
 * The forms a secret takes when an upstream echoes it: as typed, percent-encoded, and in
 * base64 (standard, unpadded, URL-safe), which is how a Basic `Authorization` header carries
 * `key:secret`.
 */
function formsOf(value: string): string[] {
  const base64 = Buffer.from(value, 'utf8').toString('base64');
  return [
    value,
    encodeURIComponent(value),
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(value).toString('base64url'),
  ];
}

/**
 * A redactor for the given secrets. `pairs` are credentials sent together as Basic auth: their
 * `key:secret` form is covered too. The longest forms are replaced first, so a Basic header is
 * removed whole rather than leaving part of its base64 behind.
 */
export function createRedactor(
  secrets: readonly string[],
  pairs: readonly [string, string][] = [],
): Redactor {
  const values = [...secrets, ...pairs.map(([key, secret]) => `${key}:${secret}`)];
  const forms = [...new Set(values.flatMap(formsOf))]
    .filter((form) => form.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  return (text) => forms.reduce((result, form) => result.split(form).join(REDACTED), text);
}

/** The redactor of a Gong connection: its Access Key, its secret and their Basic form. */
export function gongRedactor(credentials: { accessKey: string; accessKeySecret: string }): Redactor {
  return createRedactor(
    [credentials.accessKey, credentials.accessKeySecret],
    [[credentials.accessKey, credentials.accessKeySecret]],
  );
}

/** Applies `redact` to every string (and object key) of a JSON value. */
export function redactDeep(value: unknown, redact: Redactor): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redact(key), redactDeep(item, redact)]),
    );
  }
  return value;
}
