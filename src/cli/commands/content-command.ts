import type { Command } from 'commander';
import { awaitRun } from '../await-run';
import { DEFAULT_WORKER_TIMEOUT, parseWorkerTimeout, WORKER_TIMEOUT_HELP } from '../wait-for-worker';
import { startGetCallContent, type ContentBlock } from '../../client';
import { formatCallContent } from '../format-calls';
import type { CliIo } from '../io';
import { failOnMissingCalls } from '../missing-calls';
import { withRunClient } from './with-client';

/** `gong-worker content`: Gong's AI content of some calls. */
export function registerContentCommand(program: Command, io: CliIo): void {
  program
    .command('content')
    .description("Show Gong's AI content (brief, key points, topics, participants) of calls")
    .requiredOption('--connection <id>', 'connection id')
    .requiredOption('--call-id <id...>', 'call id(s), up to 1000')
    .option(
      '--include <block...>',
      'only these blocks: brief, outline, highlights, keyPoints, callOutcome, topics, pointsOfInterest',
    )
    .option('--json', 'print the result as JSON')
    .option('--worker-timeout <duration>', WORKER_TIMEOUT_HELP, DEFAULT_WORKER_TIMEOUT)
    .action(
      async (flags: {
        connection: string;
        callId: string[];
        include?: string[];
        json?: boolean;
        workerTimeout: string;
      }) =>
        withRunClient(io, async ({ client, address }, taskQueue) => {
          const workerTimeoutMs = parseWorkerTimeout(flags.workerTimeout);
          const handle = await startGetCallContent(
            client,
            {
              connectionId: flags.connection,
              callIds: flags.callId,
              // Checked by the client's schema, which names a wrong block.
              include: flags.include as ContentBlock[] | undefined,
            },
            { taskQueue },
          );
          const result = await awaitRun(io, client, handle, { taskQueue, workerTimeoutMs, address });
          const text = flags.json ? JSON.stringify(result, null, 2) : formatCallContent(result);
          if (text) io.out(text);
          failOnMissingCalls(result.missing);
        }),
    );
}
