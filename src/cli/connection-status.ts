import type { Connection } from '../connections/connection';
import { ENV_CONNECTION_ID } from '../connections/with-env-connection';
import { baseUrlProblem } from '../gong/base-url';
import { baseUrlHostWarning } from '../gong/base-url-warning';

/** What `connections list` and `show` say about a connection besides its fields. */
export interface ConnectionStatus {
  /** `environment` for the read-only `default` defined by `GONG_BASE_URL` and the keys. */
  source: 'environment' | 'file';
  /** Why requests with this connection are refused (the host is outside `*.gong.io`); null when usable. */
  problem: string | null;
  /** Why the host deserves a second look (not `*.api.gong.io`); null when it is a Gong API host. */
  warning: string | null;
}

/**
 * The status of a listed connection. Saved connections were checked when saved, but the
 * environment's `default` never was: a bad `GONG_BASE_URL` is reported here instead of being
 * listed as fine.
 */
export function connectionStatus(connection: Connection, envConnection: Connection | null): ConnectionStatus {
  const fromEnv = connection.id === ENV_CONNECTION_ID && envConnection !== null;
  return {
    source: fromEnv ? 'environment' : 'file',
    problem: baseUrlProblem(connection.baseUrl),
    warning: baseUrlHostWarning(connection.baseUrl),
  };
}
