import type { Command } from 'commander';
import {
  createConnection,
  describeConnection,
  editConnection,
  type Connection,
  type ConnectionFields,
} from '../../connections/connection';
import { ConnectionNotFoundError, type ConnectionStore } from '../../connections/connection-store';
import { openStore, type StoreSettings } from '../../connections/open-store';
import { parseSettings } from '../../config/settings';
import { addKeyOptions, resolveKeys, type KeyFlags } from '../connection-keys';
import { connectionStatus } from '../connection-status';
import type { CliIo } from '../io';

/** The connection store the CLI and the worker share: `GONG_CONNECTIONS_URL` (PostgreSQL) or `GONG_CONNECTIONS_DIR`. */
export function storeFromEnv(env: CliIo['env']): ConnectionStore {
  return openStore(storeSettingsOf(env)).connections;
}

/** The `store` settings section, the only one the connection commands read. */
export function storeSettingsOf(env: CliIo['env']): StoreSettings {
  return parseSettings(env, ['store']).store;
}

/** `gong-worker connections add|edit|show|list|remove`. */
export function registerConnectionCommands(program: Command, io: CliIo): void {
  const connections = program
    .command('connections')
    .description('Manage Gong connections (saved locally, never sent to Gong)');
  const fields = async (flags: KeyFlags, prompt: boolean): Promise<ConnectionFields> => ({
    baseUrl: flags.baseUrl,
    ...(await resolveKeys(io, flags, prompt)),
  });
  const print = (connection: Connection, json?: boolean) => {
    const view = describeConnection(connection);
    const { problem, warning } = connectionStatus(connection, storeSettingsOf(io.env).envConnection);
    if (json)
      io.out(
        JSON.stringify(
          { ...view, ...(problem ? { problem } : {}), ...(warning ? { warning } : {}) },
          null,
          2,
        ),
      );
    else
      io.out(
        `${view.id}\n  API base URL:      ${view.baseUrl}\n  Access Key:        ${view.accessKey}\n  Access Key Secret: ${view.accessKeySecret}`,
      );
    // A host the keys go to deserves a look even when the allowlist accepts it.
    if (problem ?? warning) io.err(`Warning: ${problem ?? warning}`);
  };

  addKeyOptions(
    connections
      .command('add <id>')
      .description(
        'Save a new connection (no request is made to Gong); keys not given are asked for with echo off',
      )
      .requiredOption('--base-url <url>', 'API base URL, e.g. https://us-12345.api.gong.io/'),
    '',
  ).action(async (id: string, flags: KeyFlags & { json?: boolean }) => {
    const connection = createConnection(id, await fields(flags, true));
    // add() fails if the id exists, even when another process adds it at the same moment.
    await withStore(io, (store) => store.add(connection));
    if (!flags.json)
      io.out(`Saved connection "${id}". Run "gong-worker health run --connection ${id}" to check it.`);
    print(connection, flags.json);
  });

  addKeyOptions(
    connections
      .command('edit <id>')
      .description('Change a connection; omitted or blank flags keep their stored values')
      .option('--base-url <url>', 'new API base URL'),
    'new ',
  ).action(async (id: string, flags: KeyFlags & { json?: boolean }) => {
    const change = await fields(flags, false);
    const { updated, changed } = await withStore(io, async (store) => {
      const stored = await store.get(id);
      // Nothing to change: the stored connection is left as it is, not rewritten.
      if (!isChange(stored, editConnection(stored, change))) return { updated: stored, changed: false };
      // One atomic read-modify-write: a concurrent edit of another field is kept, not overwritten.
      return { updated: await store.update(id, (latest) => editConnection(latest, change)), changed: true };
    });
    if (flags.json)
      return io.out(JSON.stringify({ changed, connection: describeConnection(updated) }, null, 2));
    io.out(
      changed
        ? `Updated connection "${id}".`
        : `Nothing to change in connection "${id}": give --base-url, --access-key or --secret-key with a new value.`,
    );
    print(updated);
  });

  connections
    .command('show <id>')
    .description('Show a connection with its keys masked')
    .action(async (id: string, flags: { json?: boolean }) =>
      print(await withStore(io, (store) => store.get(id)), flags.json),
    );

  connections
    .command('list')
    .description('List connections with their keys masked')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      const { connections, problems } = await withStore(io, (store) => store.scan());
      // A connection that does not read is reported and the others are still listed.
      for (const problem of problems) io.err(`warning: ${problem.reason}`);
      const views = connections.map((connection) => ({
        ...describeConnection(connection),
        ...connectionStatus(connection, storeSettingsOf(io.env).envConnection),
      }));
      if (flags.json) return io.out(JSON.stringify(views, null, 2));
      if (views.length === 0) return io.out('No connections. Add one with "gong-worker connections add".');
      for (const view of views) {
        const source = view.source === 'environment' ? ' (from environment)' : '';
        const status = view.problem
          ? `  INVALID: ${view.problem}`
          : view.warning
            ? '  WARNING: not a Gong API host'
            : '';
        io.out(`${view.id.padEnd(20)} ${view.baseUrl.padEnd(32)} key ${view.accessKey}${source}${status}`);
      }
    });

  connections
    .command('remove <id>')
    .description('Delete a saved connection')
    .action(async (id: string, flags: { json?: boolean }) => {
      if (!(await withStore(io, (store) => store.remove(id)))) throw new ConnectionNotFoundError(id);
      io.out(flags.json ? JSON.stringify({ removed: id }) : `Removed connection "${id}".`);
    });
}

/** Whether an edit changed anything that is stored. */
function isChange(before: Connection, after: Connection): boolean {
  return (
    before.baseUrl !== after.baseUrl ||
    before.accessKey !== after.accessKey ||
    before.accessKeySecret !== after.accessKeySecret
  );
}

/** Runs `work` on the store and closes it after (a PostgreSQL store's pool). */
async function withStore<T>(io: CliIo, work: (store: ConnectionStore) => Promise<T>): Promise<T> {
  const store = storeFromEnv(io.env);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
