import type { Command } from 'commander';
import {
  createConnection,
  describeConnection,
  editConnection,
  type Connection,
  type ConnectionFields,
} from '../../connections/connection';
import { healthScheduleId, unscheduleHealthCheck } from '../../client';
import { ConnectionNotFoundError, type ConnectionStore } from '../../connections/connection-store';
import { openStore, type StoreSettings } from '../../app/open-store';
import { parseSettings } from '../../config/settings';
import { addKeyOptions, resolveKeys, type KeyFlags } from '../connection-keys';
import { connectionStatus } from '../connection-status';
import { CommandFailedError, type CliIo } from '../io';
import { describeStore } from '../store-description';
import { withClient } from './with-client';

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
  const print = (connection: Connection, kind: StoreKind, json?: boolean) => {
    const view = describeConnection(connection);
    const { problem, warning } = connectionStatus(connection, storeSettingsOf(io.env).envConnection, kind);
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
    const kind = await withStore(io, async (store, kind) => {
      await store.add(connection);
      return kind;
    });
    if (!flags.json)
      io.out(`Saved connection "${id}". Run "gong-worker health run --connection ${id}" to check it.`);
    print(connection, kind, flags.json);
  });

  addKeyOptions(
    connections
      .command('edit <id>')
      .description('Change a connection; omitted or blank flags keep their stored values')
      .option('--base-url <url>', 'new API base URL'),
    'new ',
  ).action(async (id: string, flags: KeyFlags & { json?: boolean }) => {
    const change = await fields(flags, false);
    const { updated, changed, kind } = await withStore(io, async (store, kind) => {
      const stored = await store.get(id);
      // Nothing to change: the stored connection is left as it is, not rewritten.
      if (!isChange(stored, editConnection(stored, change))) return { updated: stored, changed: false, kind };
      // One atomic read-modify-write: a concurrent edit of another field is kept, not overwritten.
      const updated = await store.update(id, (latest) => editConnection(latest, change));
      return { updated, changed: true, kind };
    });
    if (flags.json)
      return io.out(JSON.stringify({ changed, connection: describeConnection(updated) }, null, 2));
    io.out(
      changed
        ? `Updated connection "${id}".`
        : `Nothing to change in connection "${id}": give --base-url, --access-key or --secret-key with a new value.`,
    );
    print(updated, kind);
  });

  connections
    .command('show <id>')
    .description('Show a connection with its keys masked')
    .action(async (id: string, flags: { json?: boolean }) => {
      const { connection, kind } = await withStore(io, async (store, kind) => ({
        connection: await store.get(id),
        kind,
      }));
      print(connection, kind, flags.json);
    });

  connections
    .command('list')
    .description('List connections with their keys masked, and which store holds them')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      const { connections, problems, kind, where } = await withStore(io, async (store, kind, where) => ({
        ...(await store.scan()),
        kind,
        where,
      }));
      // A connection that does not read is reported and the others are still listed.
      for (const problem of problems) io.err(`warning: ${problem.reason}`);
      const views = connections.map((connection) => ({
        ...describeConnection(connection),
        ...connectionStatus(connection, storeSettingsOf(io.env).envConnection, kind),
        store: where,
      }));
      if (flags.json) return io.out(JSON.stringify(views, null, 2));
      // Two stores (files and PostgreSQL, or two folders) must not look like one.
      io.out(`Store: ${where}`);
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
    .description('Delete a saved connection and its health-check Schedule')
    .action(async (id: string, flags: { json?: boolean }) => {
      const removed = await withStore(io, (store) => store.remove(id));
      // A Schedule of a removed connection would only ever fail, every interval. The connection
      // is gone already, so a Schedule that could not be deleted is a warning, not a failure.
      const schedule = await withClient(io, ({ client }) =>
        unscheduleHealthCheck(client, { connectionId: id }),
      ).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      if (!removed && schedule !== true) throw notFound(io, id);
      if (flags.json)
        io.out(
          JSON.stringify({
            removed: removed ? id : null,
            scheduleRemoved: schedule === true,
            ...(schedule instanceof Error ? { scheduleError: schedule.message } : {}),
          }),
        );
      else {
        if (removed) io.out(`Removed connection "${id}".`);
        if (schedule === true) io.out(`Removed its health-check schedule ${healthScheduleId(id)}.`);
      }
      if (schedule instanceof Error)
        io.err(
          `warning: its health-check schedule may remain: ${schedule.message}; ` +
            `run "gong-worker health unschedule --connection ${id}" once Temporal is reachable`,
        );
    });
}

/** A connection the store does not hold, naming the store searched. */
function notFound(io: CliIo, id: string): CommandFailedError {
  const where = describeStore(storeSettingsOf(io.env));
  return new CommandFailedError(
    `Gong connection "${id}" does not exist in ${where}`,
    'connection-not-found',
    { connectionId: id },
  );
}

/** Whether an edit changed anything that is stored. */
function isChange(before: Connection, after: Connection): boolean {
  return (
    before.baseUrl !== after.baseUrl ||
    before.accessKey !== after.accessKey ||
    before.accessKeySecret !== after.accessKeySecret
  );
}

type StoreKind = 'file' | 'postgres';

/**
 * Runs `work` on the store the environment selects and closes it after (a PostgreSQL store's
 * pool). An unknown connection is reported with the store that was searched.
 */
export async function withStore<T>(
  io: CliIo,
  work: (store: ConnectionStore, kind: StoreKind, where: string) => Promise<T>,
): Promise<T> {
  const settings = storeSettingsOf(io.env);
  const opened = openStore(settings);
  try {
    return await work(opened.connections, opened.kind, describeStore(settings));
  } catch (error) {
    if (error instanceof ConnectionNotFoundError) throw notFound(io, error.connectionId);
    throw error;
  } finally {
    await opened.close();
  }
}
