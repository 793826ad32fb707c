import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEncryptionCodec,
  generateEncryptionKeyEntry,
  parseEncryptionKeys,
} from '../../src/adapters/codec';
import { payloadToJson } from '../../src/adapters/codec/payload-json';
import { bareEnv, REPO_ROOT, startCli, type CliProcess } from '../e2e/cli-process';
import {
  containerEnv,
  containersOf,
  renderCompose,
  renderKustomization,
  type ComposeService,
} from '../support/rendered-deployment';

const KEYS = generateEncryptionKeyEntry('deploy-key');
const SCRIPT_TOKEN = 'script-token-4b8e1f0a9c2d';
const ANSWER = 'Acme wants the Borealis discount in writing.';
/** The image's WORKDIR holds bin/; here the repository's does. */
const IMAGE_LAUNCHER = ['node', 'bin/gong-worker.js'];
/** How long to wait for the port the manifests name, if another test's dev stack holds it. */
const PORT_WAIT_MS = 120_000;

const sealed = async () =>
  payloadToJson(
    (
      await createEncryptionCodec(parseEncryptionKeys(KEYS)).encode([
        { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from(JSON.stringify(ANSWER)) },
      ])
    )[0] ?? { metadata: {} },
  );

/** The container's command run as the image runs it: `node bin/gong-worker.js` from the repository. */
async function startContainerCommand(
  command: readonly string[],
  env: Record<string, string>,
): Promise<CliProcess> {
  expect(command.slice(0, 2)).toEqual(IMAGE_LAUNCHER);
  const deadline = Date.now() + PORT_WAIT_MS;
  for (;;) {
    const cli = startCli(command.slice(2), bareEnv(env));
    const started = await cli.waitForOutput(/Codec server on (\S+)/, 60_000).then(
      () => true,
      () => false,
    );
    if (started) return cli;
    const output = cli.output();
    cli.process.kill('SIGKILL');
    await cli.waitForExit(5_000);
    if (!/EADDRINUSE/.test(output) || Date.now() > deadline)
      throw new Error(`codec server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

async function stopContainerCommand(cli: CliProcess | undefined): Promise<void> {
  if (!cli) return;
  cli.process.kill('SIGTERM');
  if (!(await cli.waitForExit(10_000))) cli.process.kill('SIGKILL');
}

/** The port the container's command listens on (`--port`), as the Service and compose publish it. */
function portOf(command: readonly string[]): number {
  return Number(command[command.indexOf('--port') + 1]);
}

async function decode(port: number, headers: Record<string, string>): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/decode`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Namespace': 'default', ...headers },
    body: JSON.stringify({ payloads: [await sealed()] }),
  });
}

async function decodedAnswer(response: Response): Promise<unknown> {
  const body = (await response.json()) as { payloads: { data: string }[] };
  return JSON.parse(Buffer.from(body.payloads[0]?.data ?? '', 'base64').toString('utf8'));
}

/** An identity provider's key set on loopback, and tokens signed with its key. */
interface IdentityProvider {
  jwksUrl: string;
  sign(claims: { issuer: string; audience: string; expiresAt: number }): Promise<string>;
  stop(): Promise<void>;
}

async function startIdentityProvider(): Promise<IdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'idp-key-1', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const sign = (key: CryptoKey) => (claims: { issuer: string; audience: string; expiresAt: number }) =>
    new SignJWT({ scope: 'openid' })
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
      .setSubject('operator@example.com')
      .setIssuer(claims.issuer)
      .setAudience(claims.audience)
      .setIssuedAt(claims.expiresAt - 3_600)
      .setExpirationTime(claims.expiresAt)
      .sign(key);
  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    sign: sign(privateKey),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const inAnHour = () => Math.floor(Date.now() / 1000) + 3_600;

describe('the Kubernetes codec server, as kustomize renders it', () => {
  let idp: IdentityProvider;
  let cli: CliProcess | undefined;
  let port: number;
  let env: Record<string, string>;
  let origin: string;

  beforeAll(async () => {
    idp = await startIdentityProvider();
    // What a platform team's overlay sets: its identity provider's key set and the real keys.
    const objects = await renderKustomization({
      config: { CODEC_JWT_JWKS_URL: idp.jwksUrl },
      secrets: { PAYLOAD_ENCRYPTION_KEYS: KEYS, CODEC_SERVER_TOKEN: SCRIPT_TOKEN },
    });
    const [container] = containersOf(objects, 'gong-codec-server');
    if (!container) throw new Error('the codec server Deployment has no container');
    const command = [...(container.command ?? []), ...(container.args ?? [])];
    env = containerEnv(objects, container);
    origin = env.CODEC_CORS_ORIGINS?.split(',')[0] ?? '';
    port = portOf(command);
    cli = await startContainerCommand(command, env);
  }, 600_000);
  afterAll(async () => {
    await stopContainerCommand(cli);
    await idp?.stop();
  });

  const userToken = (overrides: Partial<{ audience: string; expiresAt: number }> = {}) =>
    idp.sign({
      issuer: env.CODEC_JWT_ISSUER ?? '',
      audience: env.CODEC_JWT_AUDIENCE ?? '',
      expiresAt: inAnHour(),
      ...overrides,
    });

  it('decodes a payload for a Web UI user whose access token the identity provider signed', async () => {
    const response = await decode(port, { Authorization: `Bearer ${await userToken()}`, Origin: origin });
    expect(response.status).toBe(200);
    expect(await decodedAnswer(response)).toBe(ANSWER);
  });

  it('refuses an access token issued for another audience with 401', async () => {
    const response = await decode(port, {
      Authorization: `Bearer ${await userToken({ audience: 'another-api' })}`,
      Origin: origin,
    });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('Borealis');
  });

  it('refuses an expired access token with 401', async () => {
    const expiredAt = Math.floor(Date.now() / 1000) - 600;
    const response = await decode(port, {
      Authorization: `Bearer ${await userToken({ expiresAt: expiredAt })}`,
      Origin: origin,
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'access token expired' });
  });

  it('refuses a request without a bearer with 401', async () => {
    const response = await decode(port, { Origin: origin });
    expect(response.status).toBe(401);
  });

  it("decodes for a script holding the Secret's CODEC_SERVER_TOKEN", async () => {
    const response = await decode(port, { Authorization: `Bearer ${SCRIPT_TOKEN}` });
    expect(response.status).toBe(200);
    expect(await decodedAnswer(response)).toBe(ANSWER);
  });
});

describe('the compose codec server, as docker-compose renders it', () => {
  let services: Record<string, ComposeService>;
  let codecServer: ComposeService;
  let cli: CliProcess | undefined;

  beforeAll(async () => {
    // The operator's shell, as the compose file's header asks for.
    const host = {
      POSTGRES_PASSWORD: 'compose-password',
      GONG_SECRETS_KEYS: generateEncryptionKeyEntry('k1'),
    };
    ({ services } = await renderCompose({ ...host, PAYLOAD_ENCRYPTION_KEYS: KEYS }));
    const found = services['codec-server'];
    if (!found?.command) throw new Error('docker-compose.yml has no codec-server command');
    codecServer = found;
    const env = Object.fromEntries(
      Object.entries(found.environment ?? {}).flatMap(([name, value]) =>
        value === null ? [] : [[name, value]],
      ),
    );
    cli = await startContainerCommand(found.command, env);
  }, 600_000);
  afterAll(() => stopContainerCommand(cli));

  it('decodes a payload from the Web UI without any token', async () => {
    const response = await decode(portOf(codecServer.command ?? []), { Origin: 'http://127.0.0.1:8080' });
    expect(response.status).toBe(200);
    expect(await decodedAnswer(response)).toBe(ANSWER);
  });

  it("publishes the codec server on the host's loopback only", () => {
    const published = (codecServer.ports ?? []).map((port) =>
      typeof port === 'string' ? port.split(':')[0] : port.host_ip,
    );
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((hostIp) => hostIp === '127.0.0.1')).toBe(true);
  });

  it('keeps the codec server on a network no other service joins', () => {
    const networksOf = (service: ComposeService): string[] => {
      if (service.network_mode) return [];
      const networks = service.networks ?? ['default'];
      return Array.isArray(networks) ? networks : Object.keys(networks);
    };
    const own = networksOf(codecServer);
    expect(own).not.toContain('default');
    const shared = Object.entries(services)
      .filter(([name]) => name !== 'codec-server')
      .flatMap(([name, service]) =>
        networksOf(service)
          .filter((network) => own.includes(network))
          .map(() => name),
      );
    expect(shared).toEqual([]);
  });

  it('passes its health check, so the Temporal UI waiting on it starts', async () => {
    const [kind, ...check] = codecServer.healthcheck?.test ?? [];
    expect(kind).toBe('CMD');
    expect(check[0]).toBe('node');
    await expect(
      promisify(execFile)(process.execPath, check.slice(1), { cwd: REPO_ROOT, timeout: 10_000 }),
    ).resolves.toBeDefined();
    expect(services['temporal-ui']?.depends_on?.['codec-server']).toEqual({ condition: 'service_healthy' });
  });
});
