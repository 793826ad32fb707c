import { afterAll, beforeAll, expect, it } from 'vitest';
import { routeToSimulator } from '../../src/app/simulator-route';
import { GongClient } from '../../src/gong/client';
import { pathTemplate, type GongRequestObserver } from '../../src/gong/request-observer';
import { answerWith, startLocalServer, type LocalServer } from './local-server';

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer(answerWith(404, { requestId: 'r-1', errors: ['Not found'] }));
});
afterAll(() => server?.close());

/** A client whose requests go to the local server, recording the template each one is labelled with. */
function labellingClient(): { client: GongClient; templates: Set<string> } {
  const templates = new Set<string>();
  const observer: GongRequestObserver = {
    paced: (_host, wait) => wait(),
    request: (start, exchange) => {
      templates.add(start.pathTemplate);
      return exchange(() => undefined);
    },
  };
  const client = new GongClient({
    credentials: { baseUrl: 'us-12345.api.gong.io', accessKey: 'AK-labels', accessKeySecret: 'SK-labels' },
    fetch: routeToSimulator(
      server.url,
      (input, init) => fetch(input, init),
      () => undefined,
    ),
    observer,
  });
  return { client, templates };
}

it('keeps a documented Gong path without parameters as it is', () => {
  expect(pathTemplate('/v2/calls/extensive')).toBe('/v2/calls/extensive');
});

it("labels a path with a parameter by the OpenAPI document's template", () => {
  expect(pathTemplate('/v2/users/234599484848423')).toBe('/v2/users/{id}');
  expect(pathTemplate('/v2/calls/7782342274025937895/media')).toBe('/v2/calls/{id}/media');
  expect(pathTemplate('/v2/meetings/m-9f2')).toBe('/v2/meetings/{meetingId}');
});

it('30 requests for /v2/users/<name> with distinct names add one path template', async () => {
  const { client, templates } = labellingClient();
  for (let i = 0; i < 30; i += 1) {
    await client.send({ method: 'GET', path: `/v2/users/jane.doe.${'x'.repeat(i + 1)}` });
  }
  expect([...templates]).toEqual(['/v2/users/{id}']);
});

it('labels every path the Gong document does not describe with one fixed value', async () => {
  const { client, templates } = labellingClient();
  for (const path of ['/v2/acme-secret-deal', '/v2/users/jane/notes', '/v3/calls', '/v2/users/']) {
    await client.send({ method: 'GET', path });
  }
  expect([...templates]).toEqual(['{other}']);
});
