import { describe, expect, it } from 'vitest';
import { createRedactor, gongRedactor, JsonTooDeepError, REDACTED, redactDeep } from '../../src/gong/redact';

const KEY = 'AK-redact-test??>';
const SECRET = 'SK-redact-test~~>';
const pair = `${KEY}:${SECRET}`;
const redact = gongRedactor({ accessKey: KEY, accessKeySecret: SECRET });

describe('redacting credentials from upstream text', () => {
  it.each([
    ['the Access Key', KEY],
    ['the secret', SECRET],
    ['key:secret', pair],
    ['the Basic token', Buffer.from(pair).toString('base64')],
    ['the unpadded Basic token', Buffer.from(pair).toString('base64').replace(/=+$/, '')],
    ['the URL-safe Basic token', Buffer.from(pair).toString('base64url')],
    ['the percent-encoded pair', encodeURIComponent(pair)],
    ['the base64 of the secret alone', Buffer.from(SECRET).toString('base64')],
  ])('removes %s', (_what, form) => {
    const text = redact(`before ${form} after`);
    expect(text).toBe(`before ${REDACTED} after`);
  });

  it('removes a whole Basic header, not part of it', () => {
    const header = `Basic ${Buffer.from(pair).toString('base64')}`;
    expect(redact(`got "${header}"`)).toBe(`got "Basic ${REDACTED}"`);
  });

  it('leaves text without secrets, and secrets too short to matter, unchanged', () => {
    expect(redact('Validate credentials failed.')).toBe('Validate credentials failed.');
    expect(createRedactor(['ab'])('abcabc')).toBe('abcabc');
  });

  it('redacts every string and key of a JSON value', () => {
    const value = { errors: [`bad key ${KEY}`], nested: { [SECRET]: 1, ok: true, n: 2 } };
    expect(redactDeep(value, redact)).toEqual({
      errors: [`bad key ${REDACTED}`],
      nested: { [REDACTED]: 1, ok: true, n: 2 },
    });
  });

  it('leaves the value it was given unchanged, copying only what held a secret', () => {
    const clean = { calls: [{ id: '1', title: 'Pricing review' }] };
    const value = { errors: [`bad key ${KEY}`], clean };
    const redacted = redactDeep(value, redact) as typeof value;
    expect(value.errors).toEqual([`bad key ${KEY}`]);
    expect(redacted.errors).toEqual([`bad key ${REDACTED}`]);
    expect(redacted.clean).toBe(clean);
  });

  it('keeps a "__proto__" key of the JSON as a key, in its place', () => {
    const value = JSON.parse(`{"a": "${KEY}", "__proto__": {"b": 1}, "c": 2}`) as unknown;
    const redacted = redactDeep(value, redact);
    expect(Object.getPrototypeOf(redacted)).toBe(Object.prototype);
    expect(JSON.stringify(redacted)).toBe(`{"a":"${REDACTED}","__proto__":{"b":1},"c":2}`);
  });
});

describe('redacting a JSON value nested too deep', () => {
  it('refuses a value nested past the bound instead of overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 20_000; level += 1) deep = [deep];
    expect(() => redactDeep(deep, redact)).toThrow(JsonTooDeepError);
  });

  it('redacts a value nested as deep as Gong nests its responses', () => {
    let deep: unknown = `secret ${SECRET}`;
    for (let level = 0; level < 20; level += 1) deep = { level: deep };
    expect(JSON.stringify(redactDeep(deep, redact))).not.toContain(SECRET);
  });
});
