import { mkdtemp, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findTemporalCli, startDevServer, type FoundTemporalCli } from '../../tools/temporal-server';
import { writeFakeCli } from './fake-cli';

// These start servers of their own, so they need a CLI on this machine (global setup found one,
// unless TEMPORAL_ADDRESS_FOR_TESTS pointed elsewhere).
const cli: FoundTemporalCli | null = await findTemporalCli({ provision: false, log: () => undefined }).catch(
  () => null,
);

describe.runIf(cli)('startDevServer', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dev-server-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the UI, persists to a SQLite file, and stops', async () => {
    const dbFile = path.join(dir, 'nested', 'dev.sqlite');
    const server = await startDevServer({ cliPath: cli?.path ?? '', dbFile, namespace: 'gong-test' });
    try {
      expect(server.uiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(server.uiUrl ?? '');
      expect(response.status).toBe(200);
      expect((await stat(dbFile)).size).toBeGreaterThan(0);
      const connection = await Connection.connect({ address: server.address });
      const namespace = await connection.workflowService.describeNamespace({ namespace: 'gong-test' });
      expect(namespace.namespaceInfo?.name).toBe('gong-test');
      await connection.close();
    } finally {
      await server.stop();
    }
    expect(() => process.kill(server.pid, 0)).toThrow();
    await server.stop(); // idempotent
  });

  it('fails fast with the reason when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const started = Date.now();
      await expect(startDevServer({ cliPath: cli?.path ?? '', port, uiPort: null })).rejects.toThrow(
        /exited with code \d+: .*address already in use/,
      );
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      blocker.close();
    }
  });

  it('includes the output of a CLI that dies on startup', async () => {
    const broken = await writeFakeCli(dir, 'broken-temporal', {
      body: 'echo "unknown flag: --ip" >&2; exit 1',
    });
    await expect(startDevServer({ cliPath: broken, uiPort: null })).rejects.toThrow(
      'temporal server start-dev exited with code 1: unknown flag: --ip',
    );
  });
});
