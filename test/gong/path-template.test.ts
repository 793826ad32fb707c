import { expect, it } from 'vitest';
import { pathTemplate } from '../../src/gong/request-observer';

it('keeps a Gong path without ids as it is', () => {
  expect(pathTemplate('/v2/calls/extensive')).toBe('/v2/calls/extensive');
});

it('replaces every segment holding a digit with {id}, keeping the API version', () => {
  expect(pathTemplate('/v2/users/234599484848423')).toBe('/v2/users/{id}');
  expect(pathTemplate('/v2/calls/7782342274025937895/media')).toBe('/v2/calls/{id}/media');
});
