import { describe, expect, it } from 'vitest';
import { apiPathProblem, getApiPathSchema } from '../../src/api/api-path';

describe('Gong API path validation', () => {
  it.each([
    '/v2/users',
    '/v2/calls',
    '/v2/calls/extensive',
    '/v2/calls/transcript',
    '/v2/calls/7782342274025937895',
    '/v2/users/',
    '/v2/data-privacy/data-for-email-address',
    '/v2/users/extensive',
    '/v2/users/v1.2_x-y',
  ])('accepts the plain API path %s', (path) => {
    expect(apiPathProblem(path)).toBeNull();
  });

  it.each([
    ['https://evil.example.com/v2/users', /absolute URL/],
    ['http://us-12345.api.gong.io/v2/users', /absolute URL/],
    ['javascript:alert(1)', /absolute URL/],
    ['//evil.example.com/v2/users', /protocol-relative/],
    ['/v2/../v1/users', /"\." or "\.\." segments/],
    ['/v2/./users', /"\." or "\.\." segments/],
    ['/v2/calls/..', /"\." or "\.\." segments/],
    ['/v2/%2e%2e/admin', /percent-encoding/],
    ['/v2/%2E%2E/admin', /percent-encoding/],
    ['/v2/users%2f..%2fadmin', /percent-encoding/],
    ['/v2/users%5c..%5cadmin', /percent-encoding/],
    ['/v2/%252e%252e/admin', /percent-encoding/],
    ['/v2/users%zz', /percent-encoding/],
    ['/v2/%00', /percent-encoding/],
    ['/v2/users%0d%0aX:1', /percent-encoding/],
    ['/v2/calls/a%20b', /percent-encoding/],
    ['/v2/..;/admin', /only letters, digits, "-", "_", "\." and "\/"/],
    ['/v2/users;jsessionid=1', /only letters, digits/],
    ['/v2/crm/entities:search', /only letters, digits/],
    ['/v2/users/$1', /only letters, digits/],
    ['/v2\\users', /backslashes/],
    ['/v2/users\u0000', /control characters/],
    ['/v2/users\r\nHost: evil.example.com', /control characters/],
    ['/v2/us ers', /whitespace/],
    ['/v2/users\u00a0', /whitespace/],
    ['/v2/users@evil.example.com', /"@"/],
    ['/v2/users?limit=1', /pass query parameters in "query"/],
    ['/v2/users#fragment', /"#"/],
    ['/v2/usérs', /ASCII/],
    ['/v1/users', /starting with \/v2\//],
    ['/v2', /starting with \/v2\//],
    ['/v2/', /starting with \/v2\//],
    ['v2/users', /starting with \/v2\//],
    ['/v2//users', /empty segments/],
    ['', /must not be empty/],
    [`/v2/${'a'.repeat(2000)}`, /at most 1024/],
  ])('refuses %j, saying why', (path, reason) => {
    expect(apiPathProblem(path)).toMatch(reason);
  });

  it('reports the reason as the zod issue of the path schema', () => {
    const parsed = getApiPathSchema().safeParse('/v2/../v1');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('must not contain "." or ".." segments');
  });
});
