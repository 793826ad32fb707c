import type { NativeConnection } from '@temporalio/worker';

/** gRPC status codes the server answers with while a new version registers (NOT_FOUND, FAILED_PRECONDITION). */
const NOT_YET = new Set([5, 9]);

/** Options of {@link setCurrentVersion}. */
export interface SetCurrentVersionOptions {
  connection: Pick<NativeConnection, 'workflowService'>;
  namespace: string;
  deploymentName: string;
  buildId: string;
  /** How long to wait for the server to see this build's pollers; default 60 s. */
  timeoutMs?: number;
  /** Pause between attempts; default 1 s. */
  intervalMs?: number;
  identity?: string;
}

/**
 * Makes `buildId` the current version of the deployment, so that new runs and (auto-upgrading)
 * running ones go to it. The server knows a version only after its worker has polled, so a
 * `NOT_FOUND` (or `FAILED_PRECONDITION` while the version registers) is retried until `timeoutMs`.
 * Task queues of the old version that this build does not poll become unversioned rather than
 * blocking the change.
 */
export async function setCurrentVersion(options: SetCurrentVersionOptions): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const intervalMs = options.intervalMs ?? 1_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await options.connection.workflowService.setWorkerDeploymentCurrentVersion({
        namespace: options.namespace,
        deploymentName: options.deploymentName,
        buildId: options.buildId,
        ignoreMissingTaskQueues: true,
        identity: options.identity ?? 'gong-worker',
      });
      return;
    } catch (error) {
      const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
      const retryable = typeof code === 'number' && NOT_YET.has(code);
      if (!retryable || Date.now() + intervalMs > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
