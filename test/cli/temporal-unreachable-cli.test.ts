import net from 'node:net';
import { expect, it } from 'vitest';
import { cli } from '../support/cli-io';

/** A port nothing listens on: bound by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

it('a command exits 1 saying Temporal cannot be reached at its address when nothing listens there', async () => {
  const address = `127.0.0.1:${await closedPort()}`;
  const run = await cli(
    { TEMPORAL_ADDRESS: address, GONG_CONNECTIONS_DIR: '/nonexistent' },
    ...['health', 'run', '--connection', 'acme'],
  );
  expect(run.code).toBe(1);
  expect(run.err).toBe(`error: cannot reach Temporal at ${address}: connection refused`);
}, 30_000);
