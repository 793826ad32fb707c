import { runCommand, type CommandRunner } from '../temporal-server';
import { outputTail } from '../temporal-server/run-command';

/** Where the endpoint is created and what it targets. */
export interface NexusEndpointOptions {
  cliPath: string;
  /** `host:port` of the Temporal frontend. */
  address: string;
  /** Endpoint name callers use, e.g. `gong`. */
  name: string;
  /** Namespace and task queue of the worker serving the `gong` Nexus service. */
  namespace: string;
  taskQueue: string;
  run?: CommandRunner;
}

/**
 * Creates the Nexus endpoint with `temporal operator nexus endpoint create`, or retargets it when
 * a persisted dev server already has one of that name (the task queue may have changed).
 * Resolves to what was done; rejects with the CLI's own message otherwise.
 */
export async function ensureNexusEndpoint(options: NexusEndpointOptions): Promise<'created' | 'updated'> {
  const run = options.run ?? runCommand;
  const target = ['--target-namespace', options.namespace, '--target-task-queue', options.taskQueue];
  const common = ['--address', options.address, '--name', options.name];
  const args = (verb: string) => ['operator', 'nexus', 'endpoint', verb, ...common, ...target];
  const created = await run(options.cliPath, args('create'), { timeoutMs: 30_000 });
  if (created.code === 0) return 'created';
  if (!/already (exists|registered)/i.test(created.stderr + created.stdout)) {
    throw new Error(`could not create Nexus endpoint "${options.name}": ${failureOf(created)}`);
  }
  const updated = await run(options.cliPath, args('update'), { timeoutMs: 30_000 });
  if (updated.code === 0) return 'updated';
  throw new Error(`could not update Nexus endpoint "${options.name}": ${failureOf(updated)}`);
}

function failureOf(result: Awaited<ReturnType<CommandRunner>>): string {
  if (result.spawnError) return result.spawnError.message;
  if (result.timedOut) return 'the Temporal CLI did not answer within 30s';
  return outputTail(result.stderr || result.stdout) || `exit code ${String(result.code)}`;
}
