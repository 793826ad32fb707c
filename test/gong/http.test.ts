import { describe, expect, it } from 'vitest';
import { basicAuthorization, parseRetryAfter } from '../../src/gong/http';

describe('basicAuthorization', () => {
  it('encodes "key:secret" in base64 after "Basic "', () => {
    expect(basicAuthorization('key', 'secret')).toBe('Basic a2V5OnNlY3JldA==');
  });

  it('encodes non-ASCII characters as UTF-8', () => {
    expect(basicAuthorization('clé', 'sécret')).toBe(
      `Basic ${Buffer.from('clé:sécret', 'utf8').toString('base64')}`,
    );
  });
});

describe('parseRetryAfter', () => {
  it('reads an integer number of seconds', () => {
    expect(parseRetryAfter('7')).toBe(7);
  });

  it('rounds fractional seconds up', () => {
    expect(parseRetryAfter('1.2')).toBe(2);
  });

  it('reads an HTTP date as the seconds left until then', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:30 GMT', now)).toBe(90);
  });

  it('never answers a negative wait for a date in the past', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });

  it('is null when the header is absent, blank or unreadable', () => {
    expect([parseRetryAfter(null), parseRetryAfter('  '), parseRetryAfter('soon')]).toEqual([
      null,
      null,
      null,
    ]);
  });
});
