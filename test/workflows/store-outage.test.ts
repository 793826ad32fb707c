import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWorkflowError, runHealthCheck } from '../../src/client';
import { ConnectionStoreUnavailableError } from '../../src/connections/connection-store';
import { createConnection } from '../../src/connections/connection';
import { parseSettings } from '../../src/config/settings';
import { openStore, type OpenedStore } from '../../src/app/open-store';
import { DEFAULT_SIM_ACCOUNT } from '../../tools/simulator';
import { failureOf } from '../support/failure-of';
import { startGongHarness, TEST_GONG_BASE_URL, type GongHarness } from '../support/gong-harness';
import { startPostgres, type TestPostgres } from '../support/postgres';
import { startTcpSwitch, type TcpSwitch } from '../support/tcp-switch';

let h: GongHarness;
let postgres: TestPostgres;
let relay: TcpSwitch;
let store: OpenedStore;

beforeAll(async () => {
  [h, postgres] = await Promise.all([startGongHarness(), startPostgres()]);
  const direct = new URL(await postgres.createDatabase());
  relay = await startTcpSwitch(Number(direct.port));
  direct.port = String(relay.port);
  const env = {
    GONG_CONNECTIONS_URL: direct.href,
    GONG_SECRETS_KEYS: `main=${randomBytes(32).toString('base64')}`,
  };
  store = openStore(parseSettings(env, ['store']).store);
  await store.connections.save(
    createConnection('acme-prod', {
      baseUrl: TEST_GONG_BASE_URL,
      accessKey: DEFAULT_SIM_ACCOUNT.accessKey,
      accessKeySecret: DEFAULT_SIM_ACCOUNT.accessKeySecret,
    }),
  );
});
afterAll(async () => {
  await store?.close();
  await relay?.off();
  await Promise.all([h?.close(), postgres?.stop()]);
});

const checkHealth = (storeOutageWaitMs?: number) =>
  h.withWorker((taskQueue) => runHealthCheck(h.client, { connectionId: 'acme-prod' }, { taskQueue }), {
    connections: store.connections,
    ...(storeOutageWaitMs ? { storeOutageWaitMs } : {}),
  });

describe('the PostgreSQL store going away', () => {
  it('fails a read as ConnectionStoreUnavailableError that names no host or port', async () => {
    await relay.off();
    try {
      const error = await store.connections.get('acme-prod').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionStoreUnavailableError);
      const message = (error as Error).message;
      expect(message).toMatch(
        /^The connection store \(PostgreSQL\) is unavailable: (connection refused|connection lost)$/,
      );
      expect(message).not.toContain(String(relay.port));
      expect(message).not.toContain('127.0.0.1');
    } finally {
      await relay.on();
    }
  });

  it('fails a health check as a retryable store outage, not as an unhealthy Gong connection', async () => {
    await relay.off();
    try {
      const failure = await failureOf(checkHealth(500));
      const described = describeWorkflowError(failure);
      expect(described.kind).toBe('connection_store_unavailable');
      expect(described.nonRetryable).toBe(false);
      expect(described.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|postgres:\/\//);
      expect(described.message).not.toContain(String(relay.port));
      expect(h.simulator.requests).toHaveLength(0);
    } finally {
      await relay.on();
    }
  });

  it('rides out a 25 s database restart: the health check waits and then passes', async () => {
    await relay.off();
    const restart = new Promise((resolve) => setTimeout(resolve, 25_000)).then(() => relay.on());
    const result = await checkHealth();
    await restart;
    expect(result.healthy).toBe(true);
    expect(result.connectionId).toBe('acme-prod');
  });
});
