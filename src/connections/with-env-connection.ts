import { ConnectionValidationError, type Connection } from './connection';
import type { ConnectionStore } from './connection-store';

/** Id of the connection defined by `GONG_BASE_URL`, `GONG_ACCESS_KEY`, `GONG_ACCESS_KEY_SECRET`. */
export const ENV_CONNECTION_ID = 'default';

/**
 * Puts the environment's read-only `default` connection in front of a store: it hides a stored
 * `default`, is listed with the others, and cannot be changed or removed through the store.
 */
export function withEnvConnection(inner: ConnectionStore, envConnection: Connection | null): ConnectionStore {
  if (!envConnection) return inner;
  const isEnv = (id: string) => id === ENV_CONNECTION_ID;
  const refuse = (): never => {
    throw new ConnectionValidationError(
      'id',
      `Connection "${ENV_CONNECTION_ID}" comes from GONG_BASE_URL/GONG_ACCESS_KEY/GONG_ACCESS_KEY_SECRET; change those variables instead`,
    );
  };
  const scan = async () => {
    const { connections, problems } = await inner.scan();
    return {
      connections: [envConnection, ...connections.filter((c) => !isEnv(c.id))].sort((a, b) =>
        a.id.localeCompare(b.id),
      ),
      problems: problems.filter((p) => !isEnv(p.id)),
    };
  };
  return {
    get: async (id) => (isEnv(id) ? envConnection : inner.get(id)),
    scan,
    ping: () => inner.ping(),
    list: async () => (await scan()).connections,
    add: async (connection) => (isEnv(connection.id) ? refuse() : inner.add(connection)),
    update: async (id, change) => (isEnv(id) ? refuse() : inner.update(id, change)),
    save: async (connection) => (isEnv(connection.id) ? refuse() : inner.save(connection)),
    remove: async (id) => (isEnv(id) ? refuse() : inner.remove(id)),
    reencrypt: () => inner.reencrypt(),
    close: () => inner.close(),
  };
}
