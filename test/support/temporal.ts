import { randomUUID } from 'node:crypto';

import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { inject } from 'vitest';

/** Connections to the run's shared dev server (see `test/global-setup.ts`). */
export interface TestServerConnection {
  /** For `Worker.create({ connection })`. */
  connection: NativeConnection;
  /** Client on namespace `default`. */
  client: Client;
  address: string;
  /** Closes both connections; call from `afterAll`. */
  close(): Promise<void>;
}

/** Connects a worker-side and a client-side connection to the shared test server. */
export async function connectToTestServer(): Promise<TestServerConnection> {
  const address = inject('temporalAddress');
  const connection = await NativeConnection.connect({ address });
  try {
    const clientConnection = await Connection.connect({ address });
    const client = new Client({ connection: clientConnection, namespace: 'default' });
    return {
      connection,
      client,
      address,
      async close() {
        await Promise.allSettled([clientConnection.close(), connection.close()]);
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

/**
 * A task queue name no other test file or run uses, so parallel files sharing one server never
 * steal each other's tasks.
 */
export function uniqueTaskQueue(prefix: string): string {
  return `${prefix}-${process.pid}-${randomUUID().slice(0, 8)}`;
}

/** A workflow id no other run on the shared server uses, even one started in the same millisecond. */
export function uniqueWorkflowId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}
