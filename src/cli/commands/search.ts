import type { Command } from 'commander';
import { searchCalls } from '../../client';
import { DEFAULT_SEARCH_LIMIT } from '../../api/search-calls';
import { formatSearchResult } from '../format-calls';
import { UsageError, type CliIo } from '../io';
import { unlessRunFailed } from './failed-run';
import { withClient } from './with-client';

/** `gong-worker search`: the calls of a time range, most recent first. */
export function registerSearchCommand(program: Command, io: CliIo): void {
  program
    .command('search')
    .description('List the calls of a time range, most recent first')
    .requiredOption('--connection <id>', 'connection id')
    .requiredOption('--from <iso>', 'start of the range, e.g. 2026-01-01T00:00:00Z')
    .requiredOption('--to <iso>', 'end of the range (exclusive), e.g. 2026-02-01T00:00:00Z')
    .option('--workspace <id>', 'only this Gong workspace')
    .option('--limit <n>', 'most calls to return (1-2000)', String(DEFAULT_SEARCH_LIMIT))
    .option('--json', 'print the result as JSON')
    .action(
      async (flags: {
        connection: string;
        from: string;
        to: string;
        workspace?: string;
        limit: string;
        json?: boolean;
      }) =>
        withClient(io, async ({ client }, taskQueue) => {
          const result = await unlessRunFailed(
            searchCalls(
              client,
              {
                connectionId: flags.connection,
                fromDateTime: flags.from,
                toDateTime: flags.to,
                workspaceId: flags.workspace,
                limit: toInteger('--limit', flags.limit),
              },
              { taskQueue },
            ),
          );
          io.out(flags.json ? JSON.stringify(result, null, 2) : formatSearchResult(result));
        }),
    );
}

function toInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  return Number(value);
}
