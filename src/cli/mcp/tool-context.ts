import type { Client } from '@temporalio/client';

/** A connection as `list_connections` shows it: never its keys. */
interface ConnectionListing {
  id: string;
  baseUrl: string;
}

/** What the MCP tools need: a Temporal client, where runs go, and the connection store's listing. */
export interface McpToolContext {
  client: Client;
  /** The worker's task queue. */
  taskQueue: string;
  /** For run links: the server's address and namespace, and `TEMPORAL_UI_URL`. */
  address: string;
  namespace: string;
  uiUrl: string | null;
  /** `gong_api_request` may send POST, PUT, PATCH and DELETE (`--allow-writes`). */
  allowWrites: boolean;
  /** The saved connections, ids and base URLs only. */
  listConnections(): Promise<ConnectionListing[]>;
}
