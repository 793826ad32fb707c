import type { Command } from 'commander';
import { awaitRun } from '../await-run';
import { DEFAULT_WORKER_TIMEOUT, parseWorkerTimeout, WORKER_TIMEOUT_HELP } from '../wait-for-worker';
import { startGongApiRequest, type GongApiRequestInput } from '../../client';
import { CommandFailedError, UsageError, type CliIo } from '../io';
import { withRunClient } from './with-client';

/** `gong-worker request`: any Gong API v2 endpoint, through the worker and its stored credentials. */
export function registerRequestCommand(program: Command, io: CliIo): void {
  program
    .command('request <method> <path>')
    .description('Call a Gong API v2 endpoint, e.g. "request GET /v2/users"; prints status and body')
    .requiredOption('--connection <id>', 'connection id')
    .option('--query <name=value...>', 'query parameter(s)')
    .option('--data <json>', 'JSON request body')
    .option('--json', 'print the whole result (status, body, requestId) as JSON')
    .option('--worker-timeout <duration>', WORKER_TIMEOUT_HELP, DEFAULT_WORKER_TIMEOUT)
    .action(
      async (
        method: string,
        path: string,
        flags: {
          connection: string;
          query?: string[];
          data?: string;
          json?: boolean;
          workerTimeout: string;
        },
      ) =>
        withRunClient(io, async ({ client, address }, taskQueue) => {
          const workerTimeoutMs = parseWorkerTimeout(flags.workerTimeout);
          const handle = await startGongApiRequest(
            client,
            {
              connectionId: flags.connection,
              // Checked by the client's schema, which names a wrong method.
              method: method.toUpperCase() as GongApiRequestInput['method'],
              path,
              query: flags.query ? parseQuery(flags.query) : undefined,
              body: flags.data === undefined ? undefined : parseJson(flags.data),
            },
            { taskQueue },
          );
          const result = await awaitRun(io, client, handle, { taskQueue, workerTimeoutMs, address });
          // With --json an HTTP error is one error object that holds the whole result.
          if (flags.json && result.status >= 400)
            throw new CommandFailedError(`Gong answered HTTP ${result.status}`, 'http-error', { result });
          if (flags.json) io.out(JSON.stringify(result, null, 2));
          else {
            io.out(`HTTP ${result.status}${result.requestId ? ` (requestId ${result.requestId})` : ''}`);
            io.out(typeof result.body === 'string' ? result.body : JSON.stringify(result.body, null, 2));
          }
          // Like curl --fail: the answer is printed, and scripts still see that it was an error.
          if (result.status >= 400)
            throw new CommandFailedError(`Gong answered HTTP ${result.status}`, 'http-error');
        }),
    );
}

function parseQuery(pairs: string[]): Record<string, string> {
  const query: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--query must be name=value, got "${pair}"`);
    query[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return query;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`--data must be JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
