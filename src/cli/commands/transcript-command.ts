import type { Command } from 'commander';
import { awaitRun } from '../await-run';
import { DEFAULT_WORKER_TIMEOUT, parseWorkerTimeout, WORKER_TIMEOUT_HELP } from '../wait-for-worker';
import { startGetCallTranscripts } from '../../client';
import { formatTranscripts } from '../format-calls';
import type { CliIo } from '../io';
import { failOnMissingCalls } from '../missing-calls';
import { withRunClient } from './with-client';

/** `gong-worker transcript`: calls' transcripts with speakers named. */
export function registerTranscriptCommand(program: Command, io: CliIo): void {
  program
    .command('transcript')
    .description('Show the transcripts of calls, each sentence with its speaker')
    .requiredOption('--connection <id>', 'connection id')
    .requiredOption('--call-id <id...>', 'call id(s), up to 100')
    .option('--json', 'print the result as JSON')
    .option('--worker-timeout <duration>', WORKER_TIMEOUT_HELP, DEFAULT_WORKER_TIMEOUT)
    .action(async (flags: { connection: string; callId: string[]; json?: boolean; workerTimeout: string }) =>
      withRunClient(io, async ({ client, address }, taskQueue) => {
        const workerTimeoutMs = parseWorkerTimeout(flags.workerTimeout);
        const handle = await startGetCallTranscripts(
          client,
          { connectionId: flags.connection, callIds: flags.callId },
          { taskQueue },
        );
        const result = await awaitRun(io, client, handle, { taskQueue, workerTimeoutMs, address });
        const text = flags.json ? JSON.stringify(result, null, 2) : formatTranscripts(result);
        if (text) io.out(text);
        failOnMissingCalls(result.missing);
      }),
    );
}
