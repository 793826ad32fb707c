import type { Command } from 'commander';
import { startSearchCalls } from '../../client';
import { DEFAULT_SEARCH_LIMIT } from '../../api/search-calls';
import { awaitRun } from '../await-run';
import { DEFAULT_WORKER_TIMEOUT, parseWorkerTimeout, WORKER_TIMEOUT_HELP } from '../wait-for-worker';
import { dateTimeFlag } from '../date-flag';
import { formatSearchResult, searchResultJson } from '../format-calls';
import { UsageError, type CliIo } from '../io';
import { withRunClient } from './with-client';

/** `gong-worker search`: the calls of a time range, most recent first. */
export function registerSearchCommand(program: Command, io: CliIo): void {
  program
    .command('search')
    .description('List the calls of a time range, most recent first')
    .requiredOption('--connection <id>', 'connection id')
    .requiredOption(
      '--from <iso>',
      'start of the range: a date (UTC midnight) or date-time, e.g. 2026-01-01 or 2026-01-01T09:00:00Z',
    )
    .requiredOption(
      '--to <iso>',
      'end of the range: a date (that whole UTC day included) or a date-time (exclusive), e.g. 2026-01-31',
    )
    .option('--workspace <id>', 'only this Gong workspace')
    .option('--limit <n>', 'most calls to return (1-2000)', String(DEFAULT_SEARCH_LIMIT))
    .option('--json', 'print the result as JSON')
    .option('--worker-timeout <duration>', WORKER_TIMEOUT_HELP, DEFAULT_WORKER_TIMEOUT)
    .action(
      async (flags: {
        connection: string;
        from: string;
        to: string;
        workspace?: string;
        limit: string;
        json?: boolean;
        workerTimeout: string;
      }) =>
        withRunClient(io, async ({ client, address }, taskQueue) => {
          const workerTimeoutMs = parseWorkerTimeout(flags.workerTimeout);
          const handle = await startSearchCalls(
            client,
            {
              connectionId: flags.connection,
              fromDateTime: dateTimeFlag('--from', flags.from),
              toDateTime: dateTimeFlag('--to', flags.to),
              workspaceId: flags.workspace,
              limit: toInteger('--limit', flags.limit),
            },
            { taskQueue },
          );
          const started = Date.now();
          const result = await awaitRun(io, client, handle, {
            address,
            taskQueue,
            workerTimeoutMs,
            // One activity lists every page; the run has no counts to query until it ends.
            progress: async () => `Listing calls from Gong... ${Math.round((Date.now() - started) / 1000)}s`,
          });
          io.out(flags.json ? JSON.stringify(searchResultJson(result), null, 2) : formatSearchResult(result));
        }),
    );
}

function toInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  return Number(value);
}
