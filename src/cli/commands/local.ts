import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { WorkflowFailedError } from '@temporalio/client';
import { describeWorkflowError, runHealthCheck, startAnswerQuestion } from '../../client';
import {
  SIM_BAD_KEYS_CONNECTION_ID,
  SIM_CONNECTION_ID,
  startLocalStack,
  type LocalStack,
} from '../../dev/local-stack';
import { isPortFree } from '../../dev/is-port-free';
import { formatAnswer, runUrl } from '../format';
import { CommandFailedError, type CliIo } from '../io';

const DEV_PORT = 7233;
const DEV_UI_PORT = 8233;
const DEFAULT_STATE_DIR = '.temporal';

/** `gong-worker dev` and `gong-worker demo`: the product on embedded defaults, no Gong account needed. */
export function registerLocalCommands(program: Command, io: CliIo): void {
  program
    .command('dev')
    .description(
      'Start a Temporal dev server (Web UI on :8233), the Gong simulator and the worker; Ctrl-C stops them',
    )
    .option('--state-dir <dir>', 'where state and connections are kept', DEFAULT_STATE_DIR)
    .action(async (flags: { stateDir: string }) => {
      // Listened for from the start, so Ctrl-C during start-up still stops what was started.
      const stopRequested = new Promise<void>((done) => {
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      const stack = await start(io, flags.stateDir);
      io.out('');
      io.out('Try, in another terminal:');
      io.out(
        `  export TEMPORAL_ADDRESS=${stack.temporalAddress} GONG_CONNECTIONS_DIR=${shellWord(stack.connectionsDir)}`,
      );
      io.out(`  node bin/gong-worker.js health run --connection ${SIM_CONNECTION_ID}`);
      io.out(
        `  node bin/gong-worker.js ask --connection ${SIM_CONNECTION_ID} --customer Acme --question "What did they say about pricing and budget?"`,
      );
      io.out('Press Ctrl-C to stop.');
      await stopRequested;
      io.out('Stopping...');
      await stack.stop();
    });

  program
    .command('demo')
    .description('Run the product end to end on embedded defaults: health checks, then a cited answer')
    .option('--state-dir <dir>', 'where state and connections are kept', DEFAULT_STATE_DIR)
    .option('--customer <name>', 'seeded customer to ask about', 'Acme')
    .option('--question <text>', 'question to ask', 'What did they say about pricing and budget?')
    .action(async (flags: { stateDir: string; customer: string; question: string }) => {
      const stack = await start(io, flags.stateDir);
      try {
        await demo(io, stack, flags.customer, flags.question, flags.stateDir);
      } finally {
        await stack.stop();
      }
    });
}

/** Starts the stack with its state kept in `stateDir`, on the usual ports when they are free. */
async function start(io: CliIo, stateDir: string): Promise<LocalStack> {
  const preferred = async (port: number) => ((await isPortFree(port)) ? port : undefined);
  return startLocalStack({
    stateDir: resolve(stateDir),
    persist: true,
    temporalPort: await preferred(DEV_PORT),
    uiPort: (await preferred(DEV_UI_PORT)) ?? undefined,
    env: io.env,
    log: (line) => io.out(line),
  });
}

async function demo(
  io: CliIo,
  stack: LocalStack,
  customerName: string,
  question: string,
  stateDir: string,
): Promise<void> {
  const { client, taskQueue } = stack;
  io.out('');
  io.out(`1. Health check of "${SIM_CONNECTION_ID}" (valid keys):`);
  const healthy = await runHealthCheck(client, { connectionId: SIM_CONNECTION_ID }, { taskQueue });
  io.out(`   healthy: ${healthy.userCount} users at ${healthy.baseUrl}, checked ${healthy.checkedAt}`);

  io.out(`2. Health check of "${SIM_BAD_KEYS_CONNECTION_ID}" (wrong secret):`);
  const badKeys = await runHealthCheck(
    client,
    { connectionId: SIM_BAD_KEYS_CONNECTION_ID },
    { taskQueue },
  ).then(
    () => null,
    (error: unknown) => {
      if (!(error instanceof WorkflowFailedError)) throw error;
      return describeWorkflowError(error).message;
    },
  );
  if (badKeys === null) {
    throw new CommandFailedError(
      `"${SIM_BAD_KEYS_CONNECTION_ID}" was unexpectedly healthy: the simulator accepted a wrong secret`,
    );
  }
  io.out(`   unhealthy, as expected: ${badKeys}`);

  io.out(`3. Ask about "${customerName}": ${question}`);
  const handle = await startAnswerQuestion(
    client,
    { connectionId: SIM_CONNECTION_ID, customerName, question },
    { taskQueue },
  );
  const result = await handle.result();
  io.out('');
  io.out(formatAnswer(result));
  if (stack.uiUrl) {
    io.out(
      `Run in the Temporal UI: ${runUrl(stack.uiUrl, 'default', handle.workflowId, handle.firstExecutionRunId)}`,
    );
    const browse = stateDir === DEFAULT_STATE_DIR ? 'npm run dev' : `gong-worker dev --state-dir ${stateDir}`;
    io.out(
      `(kept in ${join(stateDir, 'temporal.sqlite')}: start "${browse}" to browse it after this demo exits)`,
    );
  }
}

/** `text` as one word for a POSIX shell: as is when plain, else single-quoted. */
function shellWord(text: string): string {
  return /^[\w./:@%+=-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
