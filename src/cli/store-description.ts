import type { StoreSettings } from '../app/open-store';

/**
 * Which connection store the settings select, as people recognise it: the folder of the file
 * store, or the PostgreSQL host, port and database (never the user or password of the URL).
 */
export function describeStore(settings: Pick<StoreSettings, 'connectionsUrl' | 'directory'>): string {
  if (!settings.connectionsUrl) return `the file store in ${settings.directory} (GONG_CONNECTIONS_DIR)`;
  return `the PostgreSQL store at ${postgresLocation(settings.connectionsUrl)} (GONG_CONNECTIONS_URL)`;
}

/** `host:port/database` of a `postgres://` URL; the URL's credentials are left out. */
function postgresLocation(url: string): string {
  try {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)';
    return `${parsed.host || 'localhost'}/${database}`;
  } catch {
    return '(an address that does not parse)';
  }
}
