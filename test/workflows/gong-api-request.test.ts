import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gongApiRequest, InvalidInputError } from '../../src/client';
import { buildSimCall, type SimCall } from '../../tools/simulator';
import { failureOf } from '../support/failure-of';
import { uniqueWorkflowId } from '../support/temporal';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

const GONG_401 = 'Validate credentials failed. Please check your credentials and try again.';

let h: GongHarness;
let call: SimCall;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  await h.addConnection('bad-keys', { accessKeySecret: 'wrong-secret-value' });
  call = buildSimCall({ title: 'Acme discovery', started: '2026-01-10T15:00:00Z' });
  h.simulator.dataSet.calls = [call];
});
afterAll(() => h?.close());
beforeEach(() => h.simulator.clearRequests());

/** Runs `gongApiRequest` on a fresh worker and returns Gong's answer. */
function send(input: Parameters<typeof gongApiRequest>[1]) {
  return h.withWorker((taskQueue) => gongApiRequest(h.client, input, { taskQueue }));
}

describe('calling any Gong API endpoint', () => {
  it("returns the status, body and requestId of GET /v2/users, asked of the connection's host", async () => {
    const urls: string[] = [];
    const result = await h.withWorker(
      (taskQueue) =>
        gongApiRequest(
          h.client,
          { connectionId: 'acme-prod', method: 'GET', path: '/v2/users' },
          { taskQueue },
        ),
      {
        fetch: (input, init) => {
          urls.push(input.href);
          return h.deps.fetch(input, init);
        },
      },
    );
    expect(result.status).toBe(200);
    expect(result.requestId).toEqual(expect.any(String));
    const body = result.body as { users: unknown[]; requestId: string };
    expect(body.users).toHaveLength(h.simulator.dataSet.users.length);
    expect(body.requestId).toBe(result.requestId);
    expect(urls).toEqual(['https://us-12345.api.gong.io/v2/users']);
  });

  it('passes the query parameters to Gong', async () => {
    const result = await send({
      connectionId: 'acme-prod',
      method: 'GET',
      path: '/v2/calls',
      query: { fromDateTime: '2026-01-01T00:00:00Z', toDateTime: '2026-02-01T00:00:00Z' },
    });
    expect((result.body as { calls: { id: string }[] }).calls.map((c) => c.id)).toEqual([call.metaData.id]);
    expect(h.simulator.requests[0]?.query).toEqual({
      fromDateTime: '2026-01-01T00:00:00Z',
      toDateTime: '2026-02-01T00:00:00Z',
    });
  });

  it('sends the JSON body of POST /v2/calls/transcript and returns the transcripts', async () => {
    const body = { filter: { callIds: [call.metaData.id] } };
    const result = await send({
      connectionId: 'acme-prod',
      method: 'POST',
      path: '/v2/calls/transcript',
      body,
    });
    expect(result.status).toBe(200);
    const transcripts = (result.body as { callTranscripts: { callId: string }[] }).callTranscripts;
    expect(transcripts.map((t) => t.callId)).toEqual([call.metaData.id]);
    expect(h.simulator.requests[0]?.body).toEqual(body);
  });

  it("returns Gong's 404 for an unknown path to the caller instead of failing", async () => {
    const result = await send({ connectionId: 'acme-prod', method: 'GET', path: '/v2/no-such-endpoint' });
    expect(result).toMatchObject({
      status: 404,
      body: { errors: ['No API endpoint matches GET /v2/no-such-endpoint'] },
    });
    expect(h.simulator.requests).toHaveLength(1);
  });

  it("returns Gong's 400 for a bad request body to the caller, with Gong's errors", async () => {
    const result = await send({
      connectionId: 'acme-prod',
      method: 'POST',
      path: '/v2/calls/extensive',
      body: { nope: true },
    });
    expect(result.status).toBe(400);
    expect((result.body as { errors: string[] }).errors.length).toBeGreaterThan(0);
  });

  it("fails the run with Gong's 401 message, without retrying, when the secret is wrong", async () => {
    const failure = await failureOf(send({ connectionId: 'bad-keys', method: 'GET', path: '/v2/users' }));
    expect(failure.cause?.message).toBe(GONG_401);
    expect(h.simulator.requests.map((r) => r.status)).toEqual([401]);
  });

  it('waits for Retry-After when Gong answers 429, then returns the answer', async () => {
    h.simulator.injectFault({ path: '/v2/users', status: 429, retryAfterSeconds: 2 });
    const result = await send({ connectionId: 'acme-prod', method: 'GET', path: '/v2/users' });
    expect(result.status).toBe(200);
    const [limited, passed] = h.simulator.requests;
    expect([limited?.status, passed?.status]).toEqual([429, 200]);
    expect((passed?.at.getTime() ?? 0) - (limited?.at.getTime() ?? 0)).toBeGreaterThanOrEqual(1900);
  });

  it('retries a Gong 5xx and returns the answer once Gong recovers', async () => {
    h.simulator.injectFault({ path: '/v2/users', status: 503, times: 2 });
    const result = await send({ connectionId: 'acme-prod', method: 'GET', path: '/v2/users' });
    expect(result.status).toBe(200);
    expect(h.simulator.requests.map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('retries a 5xx on a read-only POST such as /v2/calls/transcript', async () => {
    h.simulator.injectFault({ path: '/v2/calls/transcript', status: 500 });
    const result = await h.withWorker((taskQueue) =>
      gongApiRequest(
        h.client,
        { connectionId: 'acme-prod', method: 'POST', path: '/v2/calls/transcript', body: { filter: {} } },
        { taskQueue },
      ),
    );
    expect(result.status).not.toBe(500);
    expect(h.simulator.requests.map((r) => r.status)[0]).toBe(500);
    expect(h.simulator.requests).toHaveLength(2);
  });

  it('resends a write that Gong refused with 429, after its Retry-After', async () => {
    h.simulator.injectFault({
      method: 'PUT',
      path: '/v2/calls/123/media',
      status: 429,
      retryAfterSeconds: 1,
    });
    const result = await send({
      connectionId: 'acme-prod',
      method: 'PUT',
      path: '/v2/calls/123/media',
      body: {},
    });
    expect(h.simulator.requests.map((r) => r.status)).toEqual([429, result.status]);
    expect(result.status).not.toBe(429);
  });

  it('does not retry a write that failed with a 5xx, since Gong may have applied it', async () => {
    h.simulator.injectFault({ method: 'PUT', path: '/v2/calls/123/media', status: 502 });
    const failure = await failureOf(
      send({ connectionId: 'acme-prod', method: 'PUT', path: '/v2/calls/123/media', body: {} }),
    );
    expect(failure.cause?.message).toMatch(
      /^PUT \/v2\/calls\/123\/media failed \(HTTP 502\) and was not retried/,
    );
    expect(h.simulator.requests).toHaveLength(1);
  });

  it('fails non-retryably, saying how to narrow the request, when the answer is too large to return', async () => {
    const saved = h.simulator.dataSet.calls;
    h.simulator.dataSet.calls = Array.from({ length: 100 }, (_, index) =>
      buildSimCall({ title: `${'long title '.repeat(2000)}${index}`, started: '2026-01-10T15:00:00Z' }),
    );
    try {
      const failure = await failureOf(
        send({
          connectionId: 'acme-prod',
          method: 'GET',
          path: '/v2/calls',
          query: { fromDateTime: '2026-01-01T00:00:00Z', toDateTime: '2026-02-01T00:00:00Z' },
        }),
      );
      expect(failure.cause?.message).toMatch(
        /^Gong's answer to GET \/v2\/calls is 2\.\d MB, more than the 1\.5 MB a Temporal result may carry\. Narrow the request: add filters .*"cursor"/,
      );
      expect(h.simulator.requests).toHaveLength(1);
    } finally {
      h.simulator.dataSet.calls = saved;
    }
  });
});

describe('refusing paths that could leave the Gong API', () => {
  const TRICKS: [string, string][] = [
    ['an absolute URL', 'https://evil.example.com/v2/users'],
    ['a protocol-relative URL', '//evil.example.com/v2/users'],
    ['a ".." segment', '/v2/../admin'],
    ['a "." segment', '/v2/./users'],
    ['an encoded ".."', '/v2/%2e%2e/admin'],
    ['an encoded "/"', '/v2/users%2f..%2fadmin'],
    ['an encoded "\\"', '/v2/users%5cadmin'],
    ['a backslash', '/v2\\users'],
    ['a control character', '/v2/users\r\nHost: evil.example.com'],
    ['whitespace', '/v2/us ers'],
    ['user-info', '/v2/users@evil.example.com'],
    ['a query string', '/v2/users?cursor=abc'],
    ['a fragment', '/v2/users#top'],
    ['a path outside /v2', '/v1/users'],
    ['a path parameter after ".."', '/v2/..;/admin'],
    ['an encoded NUL', '/v2/%00'],
    ['an encoded CRLF header', '/v2/users%0d%0aX:1'],
  ];

  it.each(TRICKS)('refuses %s before any request, naming the path', async (_trick, path) => {
    const failure = await failureOf(
      h.withWorker((taskQueue) =>
        h.client.workflow.execute('gongApiRequest', {
          taskQueue,
          workflowId: uniqueWorkflowId('gong-api-refused'),
          args: [{ connectionId: 'acme-prod', method: 'GET', path }],
        }),
      ),
    );
    expect(failure.cause?.message).toMatch(/^Invalid input for gongApiRequest: path: /);
    expect(h.simulator.requests).toHaveLength(0);
  });

  it('refuses a bad path in the client function before starting anything', async () => {
    const error = await gongApiRequest(h.client, {
      connectionId: 'acme-prod',
      method: 'GET',
      path: '/v2/../admin',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues).toEqual([
      { field: 'path', message: 'must not contain "." or ".." segments' },
    ]);
  });

  it('refuses a body on a GET request, naming the field', async () => {
    const error = await gongApiRequest(h.client, {
      connectionId: 'acme-prod',
      method: 'GET',
      path: '/v2/users',
      body: { filter: {} },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((issue) => issue.field)).toEqual(['body']);
  });
});
