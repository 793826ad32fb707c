import { Client, Connection, type DataConverter } from '@temporalio/client';
import type { ClientConnectConfig } from '@temporalio/envconfig';
import { drainableRetries } from './drainable-retries';

/** How to reach Temporal, read once from the environment by the `temporal` settings section. */
export interface TemporalConfig {
  /** For `Connection.connect` and `NativeConnection.connect`. */
  connectionOptions: ClientConnectConfig['connectionOptions'];
  namespace: string;
  /** `host:port` dialled, for messages. */
  address: string;
}

/** A Temporal client and the means to close its connection. */
export interface ConnectedClient {
  client: Client;
  address: string;
  namespace: string;
  /** Waits for the client's scheduled gRPC retries to start (see `drainableRetries`), then closes. */
  close(): Promise<void>;
}

/**
 * Connects a Temporal client with the given configuration, encoding payloads with `dataConverter`;
 * `connectTimeoutMs` bounds the first connection (the SDK's default is 10 s).
 */
export async function connectClient(
  config: TemporalConfig,
  dataConverter?: DataConverter,
  connectTimeoutMs?: number,
): Promise<ConnectedClient> {
  const retries = drainableRetries();
  const connection = await Connection.connect({
    ...config.connectionOptions,
    interceptors: [retries.interceptor],
    ...(connectTimeoutMs === undefined ? {} : { connectTimeout: connectTimeoutMs }),
  });
  return {
    client: new Client({
      connection,
      namespace: config.namespace,
      ...(dataConverter ? { dataConverter } : {}),
    }),
    address: config.address,
    namespace: config.namespace,
    close: async () => {
      await retries.drain();
      await connection.close();
    },
  };
}
