import { resolve, join } from 'node:path';
import { WorkflowFailedError } from '@temporalio/client';
import { formatAnswer, runUrl } from '../../src/cli/format';
import { CommandFailedError, type CliIo } from '../../src/cli/io';
import { describeWorkflowError, runHealthCheck, startAnswerQuestion } from '../../src/client';
import { isPortFree } from './is-port-free';
import {
  SIM_BAD_KEYS_CONNECTION_ID,
  SIM_CONNECTION_ID,
  startLocalStack,
  type LocalStack,
} from './local-stack';
import { lockStateDir, NotAStateDirError, StateDirInUseError, type StateDirLock } from './state-lock';

/** Where `dev` and `demo` keep their state unless told otherwise. */
export const DEFAULT_STATE_DIR = '.temporal';

const DEV_PORT = 7233;
const DEV_UI_PORT = 8233;
const DEV_CODEC_PORT = 8888;

/**
 * `npm run dev`: starts the stack and keeps it until Ctrl-C. Ctrl-C while starting stops at
 * once: the exit handlers stop the server, the watchdog makes sure of it, and nothing waits on a
 * server that the terminal's Ctrl-C has killed.
 */
export async function runDev(io: CliIo, flags: { stateDir: string }): Promise<void> {
  let starting = true;
  const stopRequested = new Promise<void>((done) => {
    const onSignal = () => {
      if (!starting) return done();
      io.err('Interrupted while starting; stopped.');
      process.exit(130);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  const stack = await start(io, flags.stateDir, 'npm run dev');
  starting = false;
  io.out('');
  io.out('Try, in another terminal:');
  const ui = stack.uiUrl ? ` TEMPORAL_UI_URL=${stack.uiUrl}` : '';
  io.out(
    `  export TEMPORAL_ADDRESS=${stack.temporalAddress}${ui} GONG_CONNECTIONS_DIR=${shellWord(stack.connectionsDir)}`,
  );
  // The CLI needs the key to read results; the command reads the file, so no key is printed.
  if (stack.keysFile) io.out(`  export PAYLOAD_ENCRYPTION_KEYS="$(cat ${shellWord(stack.keysFile)})"`);
  io.out(`  node bin/gong-worker.js health run --connection ${SIM_CONNECTION_ID}`);
  io.out(
    `  node bin/gong-worker.js ask --connection ${SIM_CONNECTION_ID} --customer Acme --question "What did they say about pricing and budget?"`,
  );
  io.out(
    `The worker reads connections from ${stack.connectionsDir}: one added there (with GONG_CONNECTIONS_DIR set as above) is used at once.`,
  );
  io.out('Press Ctrl-C to stop.');
  await stopRequested;
  io.out('Stopping...');
  await stack.stop();
}

/** `npm run demo`: the product end to end on embedded defaults, then the stack stops. */
export async function runDemo(
  io: CliIo,
  flags: { stateDir: string; customer: string; question: string },
): Promise<void> {
  const stack = await start(io, flags.stateDir, 'npm run demo');
  try {
    await demo(io, stack, flags.customer, flags.question, flags.stateDir);
  } finally {
    await stack.stop();
  }
}

/**
 * Starts the stack with its state kept in `stateDir` (locked and private), on the usual ports
 * when they are free, saying which port was taken and which one is used instead. The worker's
 * log lines go to stderr, so stdout tells the story alone.
 */
async function start(io: CliIo, stateDir: string, command: string): Promise<LocalStack> {
  // Files the server and the store create are private: the database holds call content.
  process.umask(0o077);
  let lock: StateDirLock;
  try {
    lock = await lockStateDir(resolve(stateDir), command);
  } catch (error) {
    if (error instanceof StateDirInUseError) throw new CommandFailedError(error.message, 'state-dir-in-use');
    if (error instanceof NotAStateDirError) throw new CommandFailedError(error.message, 'not-a-state-dir');
    throw error;
  }
  const preferred = async (port: number) => ((await isPortFree(port)) ? port : undefined);
  const temporalPort = await preferred(DEV_PORT);
  const uiPort = await preferred(DEV_UI_PORT);
  const stack = await startLocalStack({
    stateDir: resolve(stateDir),
    persist: true,
    temporalPort,
    uiPort,
    codecPort: await preferred(DEV_CODEC_PORT),
    env: io.env,
    log: (line) => io.out(line),
    workerLog: (line) => io.err(line),
  }).catch((error: unknown) => {
    lock.release();
    throw error;
  });
  const usedPort = stack.temporalAddress.split(':').pop();
  if (String(DEV_PORT) !== usedPort)
    io.out(`Port ${DEV_PORT} was taken, so Temporal listens on ${usedPort} instead.`);
  const usedUiPort = stack.uiUrl?.split(':').pop();
  if (stack.uiUrl && String(DEV_UI_PORT) !== usedUiPort)
    io.out(`Port ${DEV_UI_PORT} was taken, so the Web UI is on ${usedUiPort} instead: ${stack.uiUrl}`);
  return {
    ...stack,
    stop: async () => {
      await stack.stop();
      lock.release();
    },
  };
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
    const browse = stateDir === DEFAULT_STATE_DIR ? 'npm run dev' : `npm run dev -- --state-dir ${stateDir}`;
    io.out(
      `(kept in ${join(stateDir, 'temporal.sqlite')}: start "${browse}" to browse it after this demo exits)`,
    );
  }
}

/** `text` as one word for a POSIX shell: as is when plain, else single-quoted. */
function shellWord(text: string): string {
  return /^[\w./:@%+=-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
