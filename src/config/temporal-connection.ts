import { Client, Connection, type DataConverter } from '@temporalio/client';
import type { ClientConnectConfig } from '@temporalio/envconfig';

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
  close(): Promise<void>;
}

/** Connects a Temporal client with the given configuration, encoding payloads with `dataConverter`. */
export async function connectClient(
  config: TemporalConfig,
  dataConverter?: DataConverter,
): Promise<ConnectedClient> {
  const connection = await Connection.connect(config.connectionOptions);
  return {
    client: new Client({
      connection,
      namespace: config.namespace,
      ...(dataConverter ? { dataConverter } : {}),
    }),
    address: config.address,
    namespace: config.namespace,
    close: () => connection.close(),
  };
}
