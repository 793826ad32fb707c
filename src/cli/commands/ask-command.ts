import type { Command } from 'commander';
import { answerProgressQuery, startAnswerQuestion } from '../../client';
import { awaitRun } from '../await-run';
import { DEFAULT_WORKER_TIMEOUT, parseWorkerTimeout, WORKER_TIMEOUT_HELP } from '../wait-for-worker';
import { formatAnswer } from '../format';
import { describeAnswerProgress } from '../progress';
import { runLink } from '../run-link';
import { UsageError, type CliIo } from '../io';
import { withRunClient } from './with-client';

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
    .option('--exhaustive', 'read the whole window, not only as far back as the most recent calls need')
    .option('--transcripts', "also answer from the calls' transcripts (one more Gong request)")
    .option('--json', 'print the result as JSON')
    .option('--worker-timeout <duration>', WORKER_TIMEOUT_HELP, DEFAULT_WORKER_TIMEOUT)
    .action(
      async (flags: {
        connection: string;
        customer: string;
        question: string;
        maxCalls: string;
        lookbackDays: string;
        exhaustive?: boolean;
        transcripts?: boolean;
        json?: boolean;
        workerTimeout: string;
      }) =>
        withRunClient(io, async ({ client, namespace, address }, taskQueue, temporal) => {
          const workerTimeoutMs = parseWorkerTimeout(flags.workerTimeout);
          const handle = await startAnswerQuestion(
            client,
            {
              connectionId: flags.connection,
              customerName: flags.customer,
              question: flags.question,
              maxCalls: toInteger('--max-calls', flags.maxCalls),
              lookbackDays: toInteger('--lookback-days', flags.lookbackDays),
              ...(flags.exhaustive ? { exhaustive: true } : {}),
              ...(flags.transcripts ? { includeTranscripts: true } : {}),
            },
            { taskQueue },
          );
          const result = await awaitRun(io, client, handle, {
            address,
            taskQueue,
            workerTimeoutMs,
            progress: async () => describeAnswerProgress(await handle.query(answerProgressQuery)),
          });
          const link = runLink(
            temporal.uiUrl,
            address,
            namespace,
            handle.workflowId,
            handle.firstExecutionRunId,
          );
          if (flags.json)
            return io.out(
              JSON.stringify({ ...result, workflowId: handle.workflowId, runUrl: link.url }, null, 2),
            );
          io.out(formatAnswer(result));
          io.out(link.line);
        }),
    );
}

function toInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  return Number(value);
}
