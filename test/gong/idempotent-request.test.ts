import { describe, expect, it } from 'vitest';
import { isIdempotentRequest } from '../../src/gong/idempotent-request';

describe('which Gong requests are safe to retry', () => {
  it('treats every GET as safe', () => {
    expect(isIdempotentRequest('GET', '/v2/calls')).toBe(true);
  });

  it('treats the POSTs that only query (extensive calls, transcripts, stats) as safe', () => {
    for (const path of [
      '/v2/calls/extensive',
      '/v2/calls/transcript',
      '/v2/users/extensive',
      '/v2/stats/interaction',
    ]) {
      expect(isIdempotentRequest('POST', path)).toBe(true);
    }
  });

  it('treats uploads and other writes as unsafe', () => {
    expect(isIdempotentRequest('POST', '/v2/calls')).toBe(false);
    expect(isIdempotentRequest('PUT', '/v2/calls/1/media')).toBe(false);
    expect(isIdempotentRequest('DELETE', '/v2/meetings/1')).toBe(false);
    expect(isIdempotentRequest('POST', '/v2/calls/extensive/x')).toBe(false);
  });
});
