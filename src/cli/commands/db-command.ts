import type { Command } from 'commander';
import { openStore, type OpenedStore } from '../../app/open-store';
import { storeSettingsOf } from './connections-command';
import { countOf } from '../../wording/count-of';
import { CommandFailedError, type CliIo } from '../io';

/** Opens the store the environment selects, runs `work`, and always closes it (the pool). */
async function withStore<T>(io: CliIo, work: (store: OpenedStore) => Promise<T>): Promise<T> {
  const store = openStore(storeSettingsOf(io.env), (line) => io.err(`warning: ${line}`));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** `gong-worker db migrate`: creates or upgrades the PostgreSQL tables (the worker also does it at start). */
export function registerDbCommands(program: Command, io: CliIo): void {
  const db = program.command('db').description('The shared PostgreSQL store (GONG_CONNECTIONS_URL)');
  db.command('migrate')
    .description('Create or upgrade the tables; safe to run at any time, from any number of hosts')
    .action(() =>
      withStore(io, async (store) => {
        const result = await store.migrate();
        if (!result) {
          return io.out(
            'GONG_CONNECTIONS_URL is not set: connections are files, there is no database to migrate.',
          );
        }
        if (result.applied.length === 0)
          return io.out(`Database schema is up to date (version ${result.to}).`);
        io.out(`Database schema migrated from version ${result.from} to ${result.to}:`);
        for (const step of result.applied) io.out(`  ${step}`);
      }),
    );
}

/**
 * `gong-worker connections reencrypt`: rewrites every stored connection under the first key of
 * `GONG_SECRETS_KEYS`, after which older keys can be dropped. Call after the `connections` command exists.
 */
export function registerReencryptCommand(program: Command, io: CliIo): void {
  const connections =
    program.commands.find((command) => command.name() === 'connections') ?? program.command('connections');
  connections
    .command('reencrypt')
    .description('Rewrite every connection under the first key of GONG_SECRETS_KEYS (then older keys can go)')
    .action(() =>
      withStore(io, async (store) => {
        const { rewritten, problems } = await store.connections.reencrypt();
        io.out(`Re-encrypted ${countOf(rewritten, 'connection')} under the first key of GONG_SECRETS_KEYS.`);
        if (problems.length > 0) {
          for (const problem of problems) io.err(`  ${problem.id}: ${problem.reason}`);
          throw new CommandFailedError(
            `${countOf(problems.length, 'connection')} could not be read and kept their old encryption`,
            'connection-corrupt',
          );
        }
      }),
    );
}
