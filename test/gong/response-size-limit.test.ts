import type { ServerResponse } from 'node:http';
import OpenAI from 'openai';
import { ApplicationFailure } from '@temporalio/common';
import { afterEach, describe, expect, it } from 'vitest';
import { toApplicationFailure } from '../../src/activities/to-application-failure';
import { guardedOpenAiFetch } from '../../src/adapters/openai/guarded-fetch';
import { FailureTypes } from '../../src/api/failure-types';
import { GongClient } from '../../src/gong/client';
import { ResponseTooLargeError } from '../../src/gong/limited-body';
import { routeToSimulator } from '../../src/app/simulator-route';
import { startLocalServer, type LocalServer } from './local-server';

const MB = 1024 * 1024;

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Streams `bytes` of a JSON string body in 64 kB chunks, without announcing its length. */
function streamBody(res: ServerResponse, bytes: number): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  res.write('"');
  const pump = () => {
    while (sent < bytes) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end('"');
  };
  res.on('error', () => undefined);
  pump();
}

function clientFor(url: string, maxResponseBytes: number): GongClient {
  return new GongClient({
    credentials: { baseUrl: 'us-12345.api.gong.io', accessKey: 'AK-limit', accessKeySecret: 'SK-limit' },
    fetch: routeToSimulator(
      url,
      (input, init) => fetch(input, init),
      () => undefined,
    ),
    maxResponseBytes,
  });
}

describe('response bodies over the size limit', () => {
  it('a Gong body streaming past the limit is cut off and refused, naming the request', async () => {
    let bytesWritten = 0;
    server = await startLocalServer((_req, res) => {
      res.on('finish', () => (bytesWritten = 40 * MB));
      streamBody(res, 40 * MB);
    });
    const error = await clientFor(server.url, MB)
      .send({ method: 'GET', path: '/v2/users' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toMatch(
      /^Gong \(GET \/v2\/users\) answered with more than 1\.0 MB, the most this worker reads \(GONG_MAX_RESPONSE_BYTES\)/,
    );
    // The client stopped reading: the server never finished writing the 40 MB.
    expect(bytesWritten).toBe(0);
  });

  it('an announced Content-Length over the limit is refused before the body is read', async () => {
    server = await startLocalServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(450 * MB) });
      res.write('{"users":');
    });
    const error = await clientFor(server.url, 32 * MB)
      .send({ method: 'GET', path: '/v2/users' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('a body under the limit is read whole', async () => {
    server = await startLocalServer((_req, res) => streamBody(res, 2 * MB));
    const response = await clientFor(server.url, 4 * MB).send({ method: 'GET', path: '/v2/users' });
    expect(response.status).toBe(200);
    expect(typeof response.body === 'string' && response.body.length).toBeGreaterThanOrEqual(2 * MB);
  });

  it('fails the activity non-retryably as ResponseTooLarge', () => {
    const failure = toApplicationFailure(new ResponseTooLargeError('Gong (GET /v2/users)', MB));
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: FailureTypes.responseTooLarge, nonRetryable: true });
  });

  it('an OpenAI answer past the limit fails non-retryably as ResponseTooLarge, through the SDK', async () => {
    server = await startLocalServer((_req, res) => streamBody(res, 8 * MB));
    const client = new OpenAI({
      apiKey: 'sk-limit-test',
      baseURL: `${server.url}/v1`,
      maxRetries: 0,
      fetch: guardedOpenAiFetch({ apiKey: 'sk-limit-test', maxBytes: MB }),
    });
    const error = await client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    const failure = toApplicationFailure(error);
    expect(failure).toMatchObject({ type: FailureTypes.responseTooLarge, nonRetryable: true });
    expect((failure as Error).message).toMatch(/^OpenAI answered with more than 1\.0 MB/);
  });
});
