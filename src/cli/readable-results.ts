import type { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import { PAYLOAD_ENCRYPTION_KEYS_ENV, type EncryptionKeys } from '../adapters/codec/encryption-keys';
import { encryptionKeyIdsIn } from '../adapters/codec/payload-key-ids';
import { CommandFailedError } from './io';

/** The latest finished run on a task queue whose close event holds encrypted payloads, and their key ids. */
interface EncryptedRun {
  workflowId: string;
  keyIds: string[];
}

/**
 * Refuses to start a run whose result this process could not decode, before anything reaches
 * the worker (and Gong): see {@link unreadableResultsProblem}.
 */
export async function refuseUnreadableResults(
  client: Client,
  namespace: string,
  taskQueue: string,
  keys: EncryptionKeys | null,
): Promise<void> {
  const problem = await unreadableResultsProblem(client, namespace, taskQueue, keys);
  if (problem)
    throw new CommandFailedError(`${problem.message}; no run was started`, 'encryption-keys', {
      taskQueue,
      keyIds: problem.keyIds,
    });
}

/** Why this process could not read the results of runs on a task queue, and the key ids it lacks. */
interface UnreadableResults {
  message: string;
  keyIds: string[];
}

/**
 * Why this process could not decode the results of runs on `taskQueue`, or null: the latest
 * finished run there had its result (or failure) encrypted, and `keys` is unset or lacks the key
 * id it used. Costs one visibility list and the close event of one run. A server that will not
 * answer those (permissions, an old visibility store) is no reason to complain: null.
 */
export async function unreadableResultsProblem(
  client: Client,
  namespace: string,
  taskQueue: string,
  keys: EncryptionKeys | null,
): Promise<UnreadableResults | null> {
  const run = await latestEncryptedRun(client, namespace, taskQueue).catch(() => null);
  if (!run) return null;
  const missing = run.keyIds.filter((id) => !keys?.keys.has(id));
  if (missing.length === 0) return null;
  const needed = missing.map((id) => `"${id}"`).join(', ');
  const where = `the worker on task queue "${taskQueue}" encrypts results (its latest run, ${run.workflowId}, with key id ${needed})`;
  const message = keys
    ? `${where}, and ${PAYLOAD_ENCRYPTION_KEYS_ENV} here does not hold that key (it holds: ${[...keys.keys.keys()].join(', ')}): ` +
      `add the worker's key ${needed}`
    : `${where}, and ${PAYLOAD_ENCRYPTION_KEYS_ENV} is not set here: set it to the worker's keys (key id ${needed}; ` +
      `for npm run dev: the file payload-encryption-keys in its state directory)`;
  return { message, keyIds: missing };
}

/** The latest completed or failed run on `taskQueue`, if its close event holds payloads of this codec. */
async function latestEncryptedRun(
  client: Client,
  namespace: string,
  taskQueue: string,
): Promise<EncryptedRun | null> {
  const { executions } = await client.workflowService.listWorkflowExecutions({
    namespace,
    pageSize: 1,
    query: `TaskQueue = ${JSON.stringify(taskQueue)} AND ExecutionStatus IN ("Completed", "Failed")`,
  });
  const execution = executions[0]?.execution;
  if (!execution?.workflowId) return null;
  const { history } = await client.workflowService.getWorkflowExecutionHistory({
    namespace,
    execution,
    historyEventFilterType:
      proto.temporal.api.enums.v1.HistoryEventFilterType.HISTORY_EVENT_FILTER_TYPE_CLOSE_EVENT,
  });
  const keyIds = encryptionKeyIdsIn(history?.events ?? []);
  return keyIds.length > 0 ? { workflowId: execution.workflowId, keyIds } : null;
}
