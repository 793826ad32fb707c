import { Client, Connection, type DataConverter } from '@temporalio/client';
import { loadClientConnectConfig, type ClientConnectConfig } from '@temporalio/envconfig';

/** How to reach Temporal, read once from the environment by {@link loadTemporalConfig}. */
export interface TemporalConfig {
  /** For `Connection.connect` and `NativeConnection.connect`. */
  connectionOptions: ClientConnectConfig['connectionOptions'];
  namespace: string;
  /** `host:port` dialled, for messages. */
  address: string;
}

/**
 * Reads the Temporal connection options the way every Temporal tool does, with
 * `@temporalio/envconfig` (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TLS, profiles).
 */
export function loadTemporalConfig(env: Record<string, string | undefined>): TemporalConfig {
  const overrideEnvVars = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const config = loadClientConnectConfig({ overrideEnvVars });
  return {
    connectionOptions: config.connectionOptions,
    namespace: config.namespace ?? 'default',
    address: config.connectionOptions.address ?? 'localhost:7233',
  };
}

/** A Temporal client and the means to close its connection. */
export interface ConnectedClient {
  client: Client;
  address: string;
  namespace: string;
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
  const connection = await Connection.connect({
    ...config.connectionOptions,
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
    close: () => connection.close(),
  };
}
