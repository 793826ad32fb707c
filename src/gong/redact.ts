import { GongWorkerError } from '../api/gong-worker-error';

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
  const shortest = forms.at(-1)?.length ?? 0;
  return (text) =>
    // Most upstream strings hold no secret: found so without splitting them once per form.
    text.length < shortest || !forms.some((form) => text.includes(form))
      ? text
      : forms.reduce((result, form) => result.split(form).join(REDACTED), text);
}

/** The redactor of a Gong connection: its Access Key, its secret and their Basic form. */
export function gongRedactor(credentials: { accessKey: string; accessKeySecret: string }): Redactor {
  return createRedactor(
    [credentials.accessKey, credentials.accessKeySecret],
    [[credentials.accessKey, credentials.accessKeySecret]],
  );
}

/**
 * How deep a JSON value may nest. Gong's deepest documented shapes (CRM fields of a party of a
 * call) stay far below it; a value past it would blow the stack here or when Temporal serialises it.
 */
const MAX_JSON_DEPTH = 100;

/** A JSON value nests deeper than {@link MAX_JSON_DEPTH}; the Gong client reports it as a format error. */
export class JsonTooDeepError extends GongWorkerError {
  override readonly name = 'JsonTooDeepError';
  constructor() {
    super(`nested more than ${MAX_JSON_DEPTH} levels deep`);
  }
}

/**
 * Applies `redact` to every string (and object key) of a JSON value. Throws
 * {@link JsonTooDeepError} past {@link MAX_JSON_DEPTH} levels instead of overflowing the stack.
 * The value is not changed: a part holding no secret is returned as it is, one that does is copied.
 */
export function redactDeep(value: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_JSON_DEPTH) throw new JsonTooDeepError();
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const redacted = redactDeep(item, redact, depth + 1);
      if (redacted !== item) (copy ??= value.slice())[index] = redacted;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let entries: [string, unknown][] | undefined;
  for (const [index, key] of keys.entries()) {
    const item = record[key];
    const redactedKey = redact(key);
    const redacted = redactDeep(item, redact, depth + 1);
    if (entries === undefined && (redactedKey !== key || redacted !== item)) {
      entries = keys.slice(0, index).map((before) => [before, record[before]]);
    }
    entries?.push([redactedKey, redacted]);
  }
  // Copied with `fromEntries`: a `__proto__` key stays an own property, as `JSON.parse` made it.
  return entries ? Object.fromEntries(entries) : value;
}
