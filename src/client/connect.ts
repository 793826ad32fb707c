import { Client, Connection } from '@temporalio/client';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { dataConverterFromEnv } from '../codec/data-converter';

/** A Temporal client and the means to close its connection. */
export interface ConnectedClient {
  client: Client;
  address: string;
  namespace: string;
  close(): Promise<void>;
}

/**
 * Connects a Temporal client the way the worker does, with `@temporalio/envconfig`
 * (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TLS, profiles), with the payload
 * encryption `PAYLOAD_ENCRYPTION_KEYS` asks for.
 */
export async function connectClient(
  env: Record<string, string | undefined> = process.env,
): Promise<ConnectedClient> {
  const overrideEnvVars = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const config = loadClientConnectConfig({ overrideEnvVars });
  // Read before connecting, so a malformed PAYLOAD_ENCRYPTION_KEYS fails without a connection to close.
  const dataConverter = dataConverterFromEnv(env);
  const connection = await Connection.connect(config.connectionOptions);
  const namespace = config.namespace ?? 'default';
  return {
    client: new Client({ connection, namespace, ...(dataConverter ? { dataConverter } : {}) }),
    address: config.connectionOptions.address ?? 'localhost:7233',
    namespace,
    close: () => connection.close(),
  };
}
