import type { Command } from 'commander';
import { homedir } from 'node:os';
import {
  createConnection,
  describeConnection,
  editConnection,
  type ConnectionFields,
} from '../../connections/connection';
import { ConnectionNotFoundError, type ConnectionStore } from '../../connections/connection-store';
import { openStore, readStoreSettings } from '../../connections/open-store';
import type { CliIo } from '../io';

interface KeyFlags {
  baseUrl?: string;
  accessKey?: string;
  secretKey?: string;
}

/** The connection store the CLI and the worker share: `GONG_CONNECTIONS_URL` (PostgreSQL) or `GONG_CONNECTIONS_DIR`. */
export function storeFromEnv(env: CliIo['env']): ConnectionStore {
  return openStore(readStoreSettings(env, homedir()), env).connections;
}

/** `gong-worker connections add|edit|show|list|remove`. */
export function registerConnectionCommands(program: Command, io: CliIo): void {
  const connections = program
    .command('connections')
    .description('Manage Gong connections (saved locally, never sent to Gong)');
  const fields = (flags: KeyFlags): ConnectionFields => ({
    baseUrl: flags.baseUrl,
    accessKey: flags.accessKey,
    accessKeySecret: flags.secretKey,
  });
  const print = (view: ReturnType<typeof describeConnection>) =>
    io.out(
      `${view.id}\n  API base URL:      ${view.baseUrl}\n  Access Key:        ${view.accessKey}\n  Access Key Secret: ${view.accessKeySecret}`,
    );

  connections
    .command('add <id>')
    .description('Save a new connection (no request is made to Gong)')
    .requiredOption('--base-url <url>', 'API base URL, e.g. https://us-12345.api.gong.io/')
    .requiredOption('--access-key <key>', 'Access Key')
    .requiredOption('--secret-key <secret>', 'Access Key Secret')
    .action(async (id: string, flags: KeyFlags) => {
      const connection = createConnection(id, fields(flags));
      // add() fails if the id exists, even when another process adds it at the same moment.
      await withStore(io, (store) => store.add(connection));
      io.out(`Saved connection "${id}". Run "gong-worker health run --connection ${id}" to check it.`);
      print(describeConnection(connection));
    });

  connections
    .command('edit <id>')
    .description('Change a connection; omitted or blank flags keep their stored values')
    .option('--base-url <url>', 'new API base URL')
    .option('--access-key <key>', 'new Access Key')
    .option('--secret-key <secret>', 'new Access Key Secret')
    .action(async (id: string, flags: KeyFlags) => {
      // One atomic read-modify-write: a concurrent edit of another field is kept, not overwritten.
      const updated = await withStore(io, (store) =>
        store.update(id, (existing) => editConnection(existing, fields(flags))),
      );
      io.out(`Updated connection "${id}".`);
      print(describeConnection(updated));
    });

  connections
    .command('show <id>')
    .description('Show a connection with its keys masked')
    .action(async (id: string) => print(describeConnection(await withStore(io, (store) => store.get(id)))));

  connections
    .command('list')
    .description('List connections with their keys masked')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      const { connections, problems } = await withStore(io, (store) => store.scan());
      // A connection that does not read is reported and the others are still listed.
      for (const problem of problems) io.err(`warning: ${problem.reason}`);
      const views = connections.map(describeConnection);
      if (flags.json) return io.out(JSON.stringify(views, null, 2));
      if (views.length === 0) return io.out('No connections. Add one with "gong-worker connections add".');
      for (const view of views)
        io.out(`${view.id.padEnd(20)} ${view.baseUrl.padEnd(32)} key ${view.accessKey}`);
    });

  connections
    .command('remove <id>')
    .description('Delete a saved connection')
    .action(async (id: string) => {
      if (!(await withStore(io, (store) => store.remove(id)))) throw new ConnectionNotFoundError(id);
      io.out(`Removed connection "${id}".`);
    });
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
