import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createEncryptionCodec,
  generateEncryptionKeyEntry,
  parseEncryptionKeys,
  CodecServerExposedError,
  MAX_PAYLOADS_PER_REQUEST,
  startCodecServer,
  type CodecServer,
} from '../../src/adapters/codec';
import { payloadToJson } from '../../src/adapters/codec/payload-json';
import { bareEnv, startCli, type CliProcess } from '../e2e/cli-process';

const KEYS = generateEncryptionKeyEntry('server-key');
const TOKEN = 'codec-token-7f3a9e0b5c1d';
const UI_ORIGIN = 'http://localhost:8233';
const ANSWER = 'They asked for the Borealis discount in writing.';
const plainPayload = payloadToJson({
  metadata: { encoding: Buffer.from('json/plain') },
  data: Buffer.from(JSON.stringify(ANSWER)),
});

let server: CodecServer;
beforeAll(async () => {
  server = await startCodecServer({
    keys: parseEncryptionKeys(KEYS),
    corsOrigins: [UI_ORIGIN],
    token: TOKEN,
  });
});
afterAll(() => server?.stop());

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Namespace': 'default',
      Authorization: `Bearer ${TOKEN}`,
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

describe('the codec server over HTTP', () => {
  it('binds to 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('encodes a payload into ciphertext and decodes it back', async () => {
    const encoded = await post('/encode', { payloads: [plainPayload] });
    expect(encoded.status).toBe(200);
    const sealed = (await encoded.json()) as { payloads: (typeof plainPayload)[] };
    const [ciphertext] = sealed.payloads;
    expect(Buffer.from(ciphertext?.metadata.encoding ?? '', 'base64').toString()).toBe('binary/encrypted');
    expect(Buffer.from(ciphertext?.data ?? '', 'base64').toString()).not.toContain('Borealis');

    const decoded = await post('/decode', sealed);
    expect(decoded.status).toBe(200);
    expect(await decoded.json()).toEqual({ payloads: [plainPayload] });
  });

  it('decodes what the worker encrypted, and passes payloads of other codecs through unchanged', async () => {
    const codec = createEncryptionCodec(parseEncryptionKeys(KEYS));
    const [byWorker] = await codec.encode([
      { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from(JSON.stringify(ANSWER)) },
    ]);
    const foreign = payloadToJson({
      metadata: { encoding: Buffer.from('binary/zlib') },
      data: Buffer.from([120, 156, 3, 0]),
    });
    const response = await post('/decode', {
      payloads: [payloadToJson(byWorker ?? {}), foreign, plainPayload],
    });
    expect(await response.json()).toEqual({ payloads: [plainPayload, foreign, plainPayload] });
  });

  it('answers 400 naming the key id when a payload was sealed with a key it does not hold', async () => {
    const other = createEncryptionCodec(parseEncryptionKeys(generateEncryptionKeyEntry('retired-key')));
    const [sealed] = await other.encode([
      { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('1') },
    ]);
    const response = await post('/decode', { payloads: [payloadToJson(sealed ?? {})] });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('key id "retired-key"');
  });

  it('answers 400 naming the field for a body that is not a list of payloads', async () => {
    const response = await post('/decode', { payloads: [{ data: 'not base64!' }] });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(
      /^payloads\.0\.data: must be base64/,
    );
  });

  it('refuses a request without the bearer token with 401', async () => {
    const response = await post('/decode', { payloads: [plainPayload] }, { Authorization: '' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('refuses a request with a wrong bearer token with 401', async () => {
    const response = await post(
      '/decode',
      { payloads: [plainPayload] },
      { Authorization: `Bearer ${TOKEN}x` },
    );
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain(TOKEN);
  });

  it('answers the CORS preflight of an allowed Web UI origin', async () => {
    const response = await fetch(`${server.url}/decode`, {
      method: 'OPTIONS',
      headers: {
        Origin: UI_ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-namespace',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/X-Namespace/);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
  });

  it('refuses the CORS preflight and requests of another origin', async () => {
    const preflight = await fetch(`${server.url}/decode`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const request = await post('/decode', { payloads: [plainPayload] }, { Origin: 'https://evil.example' });
    expect(request.status).toBe(403);
  });
});

describe('the work one request may ask for', () => {
  it('refuses more payloads than the cap with 413 naming the cap, whatever their size', async () => {
    const payloads = Array.from({ length: MAX_PAYLOADS_PER_REQUEST + 1 }, () => ({}));
    const response = await post('/decode', { payloads });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: `${MAX_PAYLOADS_PER_REQUEST + 1} payloads in one request; at most ${MAX_PAYLOADS_PER_REQUEST} are accepted`,
    });
  });

  it('refuses a body of 100,000 empty payloads before parsing it, with 413 naming the cap', async () => {
    const payloads = Array.from({ length: 100_000 }, () => ({}));
    const response = await post('/decode', { payloads });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: `100001 JSON objects in one request; at most ${MAX_PAYLOADS_PER_REQUEST} payloads are accepted`,
    });
  });

  it('decodes a batch of exactly the cap, in order', async () => {
    const codec = createEncryptionCodec(parseEncryptionKeys(KEYS));
    const plain = Array.from({ length: MAX_PAYLOADS_PER_REQUEST }, (_, index) => ({
      metadata: { encoding: Buffer.from('json/plain') },
      data: Buffer.from(JSON.stringify(index)),
    }));
    const encrypted = (await codec.encode(plain)).map(payloadToJson);
    const response = await post('/decode', { payloads: encrypted });
    expect(response.status).toBe(200);
    const { payloads } = (await response.json()) as { payloads: { data: string }[] };
    expect(payloads.map((p) => JSON.parse(Buffer.from(p.data, 'base64').toString()) as number)).toEqual(
      plain.map((_, index) => index),
    );
  });
});

describe('binding the codec server beyond loopback', () => {
  it('refuses a non-loopback host without a token', async () => {
    await expect(
      startCodecServer({ keys: parseEncryptionKeys(KEYS), host: '0.0.0.0', port: 0 }),
    ).rejects.toThrow(CodecServerExposedError);
  });

  it('serves a non-loopback host with a token, and its URL names the address bound', async () => {
    const exposed = await startCodecServer({
      keys: parseEncryptionKeys(KEYS),
      host: '0.0.0.0',
      port: 0,
      token: TOKEN,
    });
    try {
      expect(exposed.url).toBe(`http://0.0.0.0:${exposed.port}`);
    } finally {
      await exposed.stop();
    }
  });

  it('names the resolved address when bound to localhost', async () => {
    const local = await startCodecServer({ keys: parseEncryptionKeys(KEYS), host: 'localhost', port: 0 });
    try {
      expect(local.url).toMatch(new RegExp(`^http://(127\\.0\\.0\\.1|\\[::1\\]):${local.port}$`));
    } finally {
      await local.stop();
    }
  });
});

describe('gong-worker codec-server', () => {
  let cli: CliProcess | undefined;
  afterEach(async () => {
    cli?.process.kill('SIGKILL');
    await cli?.waitForExit(5_000);
    cli = undefined;
  });

  it('serves on the given port until stopped, naming key ids but never a key', async () => {
    cli = startCli(['codec-server', '--port', '0'], bareEnv({ PAYLOAD_ENCRYPTION_KEYS: KEYS }));
    const [, url] = await cli.waitForOutput(/^Codec server on (http:\/\/127\.0\.0\.1:\d+)/m, 30_000);
    const encoded = await fetch(`${url}/encode`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Namespace': 'default' },
      body: JSON.stringify({ payloads: [plainPayload] }),
    });
    const decoded = await fetch(`${url}/decode`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Namespace': 'default' },
      body: JSON.stringify(await encoded.json()),
    });
    expect(await decoded.json()).toEqual({ payloads: [plainPayload] });
    cli.process.kill('SIGTERM');
    expect(await cli.waitForExit(10_000)).toEqual({ code: 0, signal: null });
    expect(cli.output()).toContain('server-key');
    expect(cli.output()).not.toContain(KEYS.split('=').slice(1).join('='));
  });

  it('refuses --host 0.0.0.0 without CODEC_SERVER_TOKEN as a usage error, serving nothing', async () => {
    cli = startCli(
      ['codec-server', '--port', '0', '--host', '0.0.0.0'],
      bareEnv({ PAYLOAD_ENCRYPTION_KEYS: KEYS }),
    );
    expect(await cli.waitForExit(30_000)).toEqual({ code: 2, signal: null });
    expect(cli.stderr.join('')).toContain(
      '--host 0.0.0.0: the codec server would decrypt payloads for anyone who can reach 0.0.0.0: set CODEC_SERVER_TOKEN',
    );
    expect(cli.output()).not.toContain('Codec server on');
  });

  it('serves --host 0.0.0.0 with --insecure-no-token, printing the address it bound', async () => {
    cli = startCli(
      ['codec-server', '--port', '0', '--host', '0.0.0.0', '--insecure-no-token'],
      bareEnv({ PAYLOAD_ENCRYPTION_KEYS: KEYS }),
    );
    await cli.waitForOutput(/^Codec server on http:\/\/0\.0\.0\.0:\d+ /m, 30_000);
  });

  it('fails at start-up on a malformed key, naming the problem but not the value', async () => {
    const shortKey = Buffer.alloc(16, 7).toString('base64');
    cli = startCli(['codec-server', '--port', '0'], bareEnv({ PAYLOAD_ENCRYPTION_KEYS: `k1=${shortKey}` }));
    expect(await cli.waitForExit(30_000)).toEqual({ code: 1, signal: null });
    expect(cli.stderr.join('')).toContain(
      '  PAYLOAD_ENCRYPTION_KEYS: entry 1 of 1: the key is 16 bytes, AES-256 needs 32',
    );
    expect(cli.stderr.join('')).not.toMatch(/^\s+at /m);
    expect(cli.output()).not.toContain(shortKey);
  });
});
