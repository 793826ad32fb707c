import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureNexusEndpoint } from '../../tools/dev/nexus-endpoint';
import { findTemporalCli } from '../../tools/temporal-server';
import { connectToTestServer, type TestServerConnection } from '../support/temporal';

let temporal: TestServerConnection;
let cliPath: string;
beforeAll(async () => {
  temporal = await connectToTestServer();
  cliPath = (await findTemporalCli()).path;
});
afterAll(() => temporal?.close());

async function target(name: string) {
  const { endpoints } = await temporal.client.connection.operatorService.listNexusEndpoints({ name });
  return endpoints?.[0]?.spec?.target?.worker;
}

describe('the Nexus endpoint npm run dev creates', () => {
  it('targets the worker namespace and task queue, and is retargeted when it already exists', async () => {
    const name = `gong-dev-${randomUUID().slice(0, 8)}`;
    const options = { cliPath, address: temporal.address, name, namespace: 'default' };
    expect(await ensureNexusEndpoint({ ...options, taskQueue: 'gong' })).toBe('created');
    expect(await target(name)).toMatchObject({ namespace: 'default', taskQueue: 'gong' });
    expect(await ensureNexusEndpoint({ ...options, taskQueue: 'gong-2' })).toBe('updated');
    expect(await target(name)).toMatchObject({ namespace: 'default', taskQueue: 'gong-2' });
  });

  it("fails with the CLI's own reason when the server is unreachable", async () => {
    const error = await ensureNexusEndpoint({
      cliPath,
      address: '127.0.0.1:1',
      name: 'gong',
      namespace: 'default',
      taskQueue: 'gong',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^could not create Nexus endpoint "gong": /);
    expect((error as Error).message).toContain('127.0.0.1:1');
  });
});
