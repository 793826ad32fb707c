import { afterEach, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connectClient } from '../../src/app/temporal-connection';
import { startTcpSwitch } from '../support/tcp-switch';

const uncaught: unknown[] = [];
const collect = (error: unknown) => uncaught.push(error);
afterEach(() => {
  process.off('uncaughtException', collect);
});

it('closing a client while a call retries against a Temporal that went away throws nothing later', async () => {
  const port = Number(inject('temporalAddress').split(':').at(-1));
  const relay = await startTcpSwitch(port);
  const address = `127.0.0.1:${relay.port}`;
  const connected = await connectClient({ connectionOptions: { address }, namespace: 'default', address });
  process.on('uncaughtException', collect);

  await relay.off();
  const call = connected.client.workflowService.getSystemInfo({}).then(
    () => 'answered',
    () => 'failed',
  );
  // Long enough for a few retries, so one is scheduled when the connection closes.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await connected.close();
  // The SDK's retry timers reach a few seconds by now: wait past any that closing left behind.
  await new Promise((resolve) => setTimeout(resolve, 4000));

  expect(await call).toBe('failed');
  expect(uncaught).toEqual([]);
}, 30_000);
