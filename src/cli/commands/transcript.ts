import type { Command } from 'commander';
import { getCallTranscripts } from '../../client';
import { formatTranscripts } from '../format-calls';
import type { CliIo } from '../io';
import { unlessRunFailed } from './failed-run';
import { withClient } from './with-client';

/** `gong-worker transcript`: calls' transcripts with speakers named. */
export function registerTranscriptCommand(program: Command, io: CliIo): void {
  program
    .command('transcript')
    .description('Show the transcripts of calls, each sentence with its speaker')
    .requiredOption('--connection <id>', 'connection id')
    .requiredOption('--call-id <id...>', 'call id(s), up to 100')
    .option('--json', 'print the result as JSON')
    .action(async (flags: { connection: string; callId: string[]; json?: boolean }) =>
      withClient(io, async ({ client }, taskQueue) => {
        const result = await unlessRunFailed(
          getCallTranscripts(
            client,
            { connectionId: flags.connection, callIds: flags.callId },
            { taskQueue },
          ),
        );
        io.out(flags.json ? JSON.stringify(result, null, 2) : formatTranscripts(result));
      }),
    );
}
