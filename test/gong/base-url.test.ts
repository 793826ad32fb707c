import { describe, expect, it } from 'vitest';
import { assertAllowedUrl, buildGongUrl, normalizeBaseUrl } from '../../src/gong/base-url';
import { GongUrlNotAllowedError } from '../../src/gong/errors';

describe('normalizeBaseUrl', () => {
  it('removes the https:// protocol and the trailing slash', () => {
    expect(normalizeBaseUrl('https://us-49467.api.gong.io/')).toBe('us-49467.api.gong.io');
  });

  it('removes an http:// protocol', () => {
    expect(normalizeBaseUrl('http://us-49467.api.gong.io')).toBe('us-49467.api.gong.io');
  });

  it('removes several trailing slashes', () => {
    expect(normalizeBaseUrl('https://us-49467.api.gong.io///')).toBe('us-49467.api.gong.io');
  });

  it('ignores surrounding whitespace', () => {
    expect(normalizeBaseUrl('  https://us-49467.api.gong.io/ \n')).toBe('us-49467.api.gong.io');
  });

  it('leaves an already normalized host unchanged', () => {
    expect(normalizeBaseUrl('us-49467.api.gong.io')).toBe('us-49467.api.gong.io');
  });
});

describe('buildGongUrl accepts Gong hosts', () => {
  it('builds an https URL on a company host such as us-49467.api.gong.io', () => {
    expect(buildGongUrl('us-49467.api.gong.io', '/v2/users').href).toBe(
      'https://us-49467.api.gong.io/v2/users',
    );
  });

  it('builds an https URL on the shared api.gong.io host', () => {
    expect(buildGongUrl('api.gong.io', '/v2/calls').href).toBe('https://api.gong.io/v2/calls');
  });

  it('accepts a host written in mixed case and lowercases it', () => {
    expect(buildGongUrl('US-49467.Api.Gong.IO', '/v2/users').hostname).toBe('us-49467.api.gong.io');
  });

  it('accepts a base URL pasted with protocol and trailing slash', () => {
    expect(buildGongUrl('https://us-49467.api.gong.io/', '/v2/users').href).toBe(
      'https://us-49467.api.gong.io/v2/users',
    );
  });

  it('always uses https, even when the base URL was typed with http://', () => {
    expect(buildGongUrl('http://us-49467.api.gong.io', '/v2/users').protocol).toBe('https:');
  });

  it('adds the defined query parameters and skips the undefined ones', () => {
    const url = buildGongUrl('api.gong.io', '/v2/users', { cursor: 'abc', other: undefined });
    expect(url.search).toBe('?cursor=abc');
  });
});

describe('buildGongUrl refuses everything that is not a bare *.gong.io host', () => {
  const refused: [string, string][] = [
    ['a Gong-looking prefix of another domain', 'api.gong.io.example.com'],
    ['a domain that merely ends in "gong.io"', 'evilgong.io'],
    ['the bare gong.io apex', 'gong.io'],
    ['an unrelated domain', 'example.com'],
    ['user-info before a Gong host', 'user:pass@us-1.api.gong.io'],
    ['a Gong host used as user-info of another host', 'us-1.api.gong.io@evil.com'],
    ['an explicit port on a Gong host', 'us-1.api.gong.io:8443'],
    ['another host with port 443', 'evil.com:443'],
    ['a path that ends in .gong.io', 'evil.com/x.gong.io'],
    ['a query that ends in .gong.io', 'evil.com?.gong.io'],
    ['a fragment that ends in .gong.io', 'evil.com#.gong.io'],
    ['a backslash before .gong.io', 'evil.com\\.gong.io'],
    ['a backslash before user-info', 'evil.com\\@us-1.api.gong.io'],
    ['an ideographic full stop joining another domain', 'api.gong.io。evil.com'],
    ['fullwidth letters', 'ａｐｉ.gong.io'],
    ['a punycode host ending elsewhere', 'xn--80ak6aa92e.com'],
    ['an invalid punycode label', 'xn--a.gong.io'],
    ['an empty label', 'api..gong.io'],
    ['a trailing dot', 'api.gong.io.'],
    ['an IP address', '127.0.0.1'],
    ['an empty base URL', ''],
    ['a blank base URL', '   '],
    ['a protocol with no host', 'https://'],
  ];

  for (const [what, baseUrl] of refused) {
    it(`refuses ${what} (${JSON.stringify(baseUrl)})`, () => {
      expect(() => buildGongUrl(baseUrl, '/v2/users')).toThrow(GongUrlNotAllowedError);
    });
  }

  it('says "Request URL is not allowed" when it refuses', () => {
    expect(() => buildGongUrl('evilgong.io', '/v2/users')).toThrow(/Request URL is not allowed/);
  });

  it('refuses a path that does not start with "/"', () => {
    expect(() => buildGongUrl('api.gong.io', '@evil.com/v2/users')).toThrow(GongUrlNotAllowedError);
  });

  it('refuses a path that another resolver could read as a host ("//evil.com", backslashes)', () => {
    for (const path of ['//evil.com/x', '/\\evil.com/x', '/v2\\..\\x']) {
      expect(() => buildGongUrl('api.gong.io', path)).toThrow(GongUrlNotAllowedError);
    }
  });

  it('does not repeat a base URL that carries user-info in its error', () => {
    expect(() => buildGongUrl('AKEY:SSECRET@us-1.api.gong.io', '/v2/users')).toThrow(
      /^Request URL is not allowed: the base URL is not a bare host name \(it contains user-info\)/,
    );
    try {
      buildGongUrl('AKEY:SSECRET@us-1.api.gong.io', '/v2/users');
    } catch (error) {
      expect(String(error)).not.toContain('SSECRET');
    }
  });
});

describe('assertAllowedUrl', () => {
  it('accepts an https URL on a *.gong.io host', () => {
    expect(() => assertAllowedUrl(new URL('https://us-1.api.gong.io/v2/users'))).not.toThrow();
  });

  it('refuses plain http', () => {
    expect(() => assertAllowedUrl(new URL('http://us-1.api.gong.io/v2/users'))).toThrow(
      GongUrlNotAllowedError,
    );
  });

  it('refuses user-info', () => {
    expect(() => assertAllowedUrl(new URL('https://user:pass@us-1.api.gong.io/v2/users'))).toThrow(
      GongUrlNotAllowedError,
    );
  });

  it('refuses an explicit non-default port', () => {
    expect(() => assertAllowedUrl(new URL('https://us-1.api.gong.io:8443/v2/users'))).toThrow(
      GongUrlNotAllowedError,
    );
  });

  it('refuses a host outside gong.io', () => {
    expect(() => assertAllowedUrl(new URL('https://api.gong.io.example.com/v2/users'))).toThrow(
      GongUrlNotAllowedError,
    );
  });
});
