import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnswerQuestion } from '../../src/client';
import { createGongWorker } from '../../src/worker';
import {
  findTemporalCli,
  startDevServer,
  type DevServer,
  type StartDevServerOptions,
} from '../../tools/temporal-server';
import { startGongHarness, workflowBundle, type GongHarness } from '../support/gong-harness';
import { renderCompose, type ComposeService } from '../support/rendered-deployment';
import { uniqueTaskQueue, uniqueWorkflowId } from '../support/temporal';

/** A service's volume, in the short (`source:target[:mode]`) or the long form. */
function volumeMount(volume: NonNullable<ComposeService['volumes']>[number]): {
  source: string;
  target: string;
} {
  if (typeof volume !== 'string') return { source: volume.source ?? '', target: volume.target };
  const [source = '', target = ''] = volume.split(':');
  return { source, target };
}

/**
 * The dev server's options from compose's `temporal` command: its database on the folder its
 * volume is mounted from (`volumeDir` stands for the named volume); ports and address are the
 * test's own. Any flag not understood here fails the test, so the compose command cannot drift.
 */
function devServerOptions(
  service: ComposeService,
  volumeDir: string,
): Pick<StartDevServerOptions, 'dbFile' | 'logLevel' | 'searchAttributes'> {
  const [server, startDev, ...flags] = service.command ?? [];
  expect([server, startDev]).toEqual(['server', 'start-dev']);
  const mount = (service.volumes ?? []).map(volumeMount).find((volume) => volume.source === 'temporal');
  if (!mount) throw new Error('the temporal service does not mount the `temporal` volume');
  const options: ReturnType<typeof devServerOptions> = { searchAttributes: {} };
  for (let index = 0; index < flags.length; index += 2) {
    const [flag, value = ''] = [flags[index], flags[index + 1]];
    if (flag === '--db-filename') {
      expect(value.startsWith(`${mount.target}/`)).toBe(true);
      options.dbFile = join(volumeDir, value.slice(mount.target.length + 1));
    } else if (flag === '--log-level') options.logLevel = value;
    else if (flag === '--search-attribute') {
      const [name = '', type = ''] = value.split('=');
      options.searchAttributes = { ...options.searchAttributes, [name]: type };
    } else if (flag !== '--ip' && flag !== '--ui-port')
      throw new Error(`compose flag not handled here: ${flag}`);
  }
  return options;
}

const cli = await findTemporalCli({ provision: false, log: () => undefined }).catch(() => null);

describe.runIf(cli)("compose's Temporal server", () => {
  let h: GongHarness;
  let volumeDir: string;
  let options: ReturnType<typeof devServerOptions>;

  beforeAll(async () => {
    h = await startGongHarness();
    await h.addConnection('acme-prod');
    volumeDir = await mkdtemp(join(tmpdir(), 'compose-temporal-volume-'));
    const rendered = await renderCompose({ POSTGRES_PASSWORD: 'compose-password' });
    const temporal = rendered.services.temporal;
    if (!temporal) throw new Error('docker-compose.yml has no temporal service');
    options = devServerOptions(temporal, volumeDir);
    expect(Object.keys(rendered.volumes ?? {})).toContain('temporal');
  });
  afterAll(async () => {
    await h?.close();
    if (volumeDir) await rm(volumeDir, { recursive: true, force: true });
  });

  const start = () => startDevServer({ cliPath: cli?.path ?? '', uiPort: null, ...options });

  async function withClient<T>(server: DevServer, body: (client: Client) => Promise<T>): Promise<T> {
    const connection = await Connection.connect({ address: server.address });
    try {
      return await body(new Client({ connection, namespace: 'default' }));
    } finally {
      await connection.close();
    }
  }

  it('still holds a finished answer, with its result, after the server restarts', async () => {
    const workflowId = uniqueWorkflowId('compose-restart');
    const input = {
      connectionId: 'acme-prod',
      customerName: 'Acme',
      question: 'What did they say about pricing?',
    };
    const first = await start();
    let answered: unknown;
    try {
      const connection = await NativeConnection.connect({ address: first.address });
      try {
        const taskQueue = uniqueTaskQueue('compose-restart');
        const worker = await createGongWorker({
          connection,
          taskQueue,
          deps: h.deps,
          workflowBundle: workflowBundle(),
          shutdownGraceTime: '2 seconds',
        });
        answered = await worker.runUntil(
          withClient(first, async (client) =>
            (await startAnswerQuestion(client, input, { taskQueue, workflowId })).result(),
          ),
        );
      } finally {
        await connection.close();
      }
    } finally {
      await first.stop();
    }
    expect(answered).toMatchObject({ answer: expect.any(String) });

    const second = await start();
    try {
      const readBack = await withClient(second, (client) => client.workflow.getHandle(workflowId).result());
      expect(readBack).toEqual(answered);
    } finally {
      await second.stop();
    }
  });
});
