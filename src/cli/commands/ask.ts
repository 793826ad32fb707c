import type { Command } from 'commander';
import { startAnswerQuestion } from '../../client';
import { formatAnswer, runUrl } from '../format';
import { UsageError, type CliIo } from '../io';
import { unlessRunFailed } from './failed-run';
import { uiUrl, withClient } from './with-client';

/** `gong-worker ask`: the flagship question about a customer's calls. */
export function registerAskCommand(program: Command, io: CliIo): void {
  program
    .command('ask')
    .description("Answer a question from a customer's recent Gong calls, citing them")
    .requiredOption('--connection <id>', 'connection id')
    .requiredOption('--customer <name>', 'customer name as it appears in Gong, or its domain (acme.com)')
    .requiredOption('--question <text>', 'the question')
    .option('--max-calls <n>', 'how many recent calls to read (1-50)', '5')
    .option('--lookback-days <n>', 'how far back to look (1-365)', '90')
    .option('--transcripts', "also answer from the calls' transcripts (one more Gong request)")
    .option('--json', 'print the result as JSON')
    .action(
      async (flags: {
        connection: string;
        customer: string;
        question: string;
        maxCalls: string;
        lookbackDays: string;
        transcripts?: boolean;
        json?: boolean;
      }) =>
        withClient(io, async ({ client, namespace }, taskQueue) => {
          const handle = await startAnswerQuestion(
            client,
            {
              connectionId: flags.connection,
              customerName: flags.customer,
              question: flags.question,
              maxCalls: toInteger('--max-calls', flags.maxCalls),
              lookbackDays: toInteger('--lookback-days', flags.lookbackDays),
              ...(flags.transcripts ? { includeTranscripts: true } : {}),
            },
            { taskQueue },
          );
          const result = await unlessRunFailed(handle.result());
          const link = runUrl(uiUrl(io.env), namespace, handle.workflowId, handle.firstExecutionRunId);
          if (flags.json)
            return io.out(
              JSON.stringify({ ...result, workflowId: handle.workflowId, runUrl: link }, null, 2),
            );
          io.out(formatAnswer(result));
          io.out(`Run in the Temporal UI: ${link}`);
        }),
    );
}

function toInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  return Number(value);
}
