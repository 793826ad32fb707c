import {
  isGrpcServiceError,
  ServiceError,
  WorkflowFailedError,
  type Client,
  type WorkflowHandleWithFirstExecutionRunId,
} from '@temporalio/client';
import { describeWorkflowError } from '../client';
import { storeSettingsOf } from './commands/connections-command';
import { unlessRunFailed } from './commands/failed-run-command';
import { describeStore } from './store-description';
import { CommandFailedError, type CliIo } from './io';
import { showProgress } from './progress';
import { lookUpRun, stopRun } from './stop-run';
import { pickedUp, resultUnlessNoWorker } from './wait-for-worker';

/** How a command waits for the run it started. */
export interface AwaitRunOptions {
  taskQueue: string;
  /** `--worker-timeout` in milliseconds (see `parseWorkerTimeout`, called before the run starts). */
  workerTimeoutMs: number;
  /** The Temporal server's address, named when contact with it is lost. */
  address: string;
  /** The progress line once a worker runs it, on a terminal; a plain wait line when omitted. */
  progress?: () => Promise<string | null>;
  /** A failed run as the command reports it; by default the activity's own message. */
  failed?: (error: WorkflowFailedError) => Error;
}

// gRPC status codes (UNAVAILABLE, DEADLINE_EXCEEDED) of a server that went away.
const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;

type Outcome<T> = { done: true; value: T } | { done: false; error: unknown } | 'interrupted';

/**
 * Waits for a started run's result: progress on a terminal's stderr (what it waits for), a
 * bounded wait for a worker to pick the run up, a failed run as the activity's own message.
 * Ctrl-C stops the run (see {@link stopRun}) instead of leaving it running without its caller;
 * losing Temporal meanwhile names the run and how to look it up, since it goes on without us.
 */
export async function awaitRun<H extends WorkflowHandleWithFirstExecutionRunId>(
  io: CliIo,
  client: Client,
  handle: H,
  options: AwaitRunOptions,
): Promise<Awaited<ReturnType<H['result']>>> {
  const started = Date.now();
  let running = false;
  const stop = showProgress(io, async () => {
    running ||= await pickedUp(handle);
    const seconds = `${Math.round((Date.now() - started) / 1000)}s`;
    if (!running) return `Waiting for a worker on task queue "${options.taskQueue}"... ${seconds}`;
    return (await options.progress?.()) ?? `Waiting for run ${handle.workflowId}... ${seconds}`;
  });
  const interrupts = watchInterrupts(io);
  try {
    const result = handle.result() as Promise<Awaited<ReturnType<H['result']>>>;
    const waited = resultUnlessNoWorker(client, handle, result, {
      taskQueue: options.taskQueue,
      timeoutMs: options.workerTimeoutMs,
    });
    const outcome: Outcome<Awaited<ReturnType<H['result']>>> = await Promise.race([
      waited.then(
        (value) => ({ done: true as const, value }),
        (error: unknown) => ({ done: false as const, error }),
      ),
      interrupts.first.then(() => 'interrupted' as const),
    ]);
    if (outcome === 'interrupted') {
      stop();
      throw await stopRun(client, handle, options.taskQueue, interrupts.second, (line) => io.err(line));
    }
    if (outcome.done) return outcome.value;
    const { error } = outcome;
    if (error instanceof WorkflowFailedError && describeWorkflowError(error).kind === 'connection_not_found')
      throw notInWorkersStore(io, error);
    if (error instanceof WorkflowFailedError && options.failed) throw options.failed(error);
    return await unlessRunFailed(Promise.reject(error));
  } catch (error) {
    if (error instanceof ServiceError || isGrpcServiceError(error)) throw lostContact(handle, options, error);
    throw error;
  } finally {
    stop();
    interrupts.dispose();
  }
}

/**
 * The worker did not find the connection: it searched its own store, which may not be the one
 * this CLI uses (files here, PostgreSQL there, or two folders), so both are named.
 */
function notInWorkersStore(io: CliIo, error: WorkflowFailedError): CommandFailedError {
  let ours: string;
  try {
    ours = describeStore(storeSettingsOf(io.env));
  } catch {
    ours = 'a store its environment does not describe';
  }
  return new CommandFailedError(
    `${describeWorkflowError(error).message} in the worker's store; this CLI uses ${ours}, ` +
      `and "gong-worker connections list" shows what that one holds`,
    'connection-not-found',
  );
}

/** Temporal went away while the command waited: the run goes on, so say which one it is. */
function lostContact(
  handle: WorkflowHandleWithFirstExecutionRunId,
  options: AwaitRunOptions,
  error: Error,
): CommandFailedError {
  const grpc = isGrpcServiceError(error) ? error : isGrpcServiceError(error.cause) ? error.cause : null;
  const reason =
    grpc?.code === GRPC_UNAVAILABLE
      ? 'the server stopped answering'
      : grpc?.code === GRPC_DEADLINE_EXCEEDED
        ? 'the server did not answer in time'
        : error.message;
  return new CommandFailedError(
    `lost contact with Temporal at ${options.address} while waiting for run ${handle.workflowId} ` +
      `(run id ${handle.firstExecutionRunId}): ${reason}. The run may still be going on; once Temporal is back, ` +
      `look it up with: ${lookUpRun(handle)}`,
    'temporal-unreachable',
    { address: options.address, workflowId: handle.workflowId, runId: handle.firstExecutionRunId },
  );
}

/** The first and second Ctrl-C while a command waits; nothing when the io cannot tell. */
function watchInterrupts(io: CliIo): { first: Promise<void>; second: Promise<void>; dispose(): void } {
  let count = 0;
  let first = () => undefined as void;
  let second = () => undefined as void;
  const firstPromise = new Promise<void>((resolve) => (first = resolve));
  const secondPromise = new Promise<void>((resolve) => (second = resolve));
  const dispose = io.onInterrupt?.(() => {
    count += 1;
    if (count === 1) first();
    else second();
  });
  return { first: firstPromise, second: secondPromise, dispose: dispose ?? (() => undefined) };
}
