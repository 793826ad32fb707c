import type { ReadinessCheck } from './health-server';
import { sharedReadiness } from './shared-readiness';

/** What {@link workerReadiness} asks about. */
export interface ReadinessProbes {
  /** The worker's run state and pollers, or null before the worker exists. */
  workerStatus(): { runState: string; workflowPollerState: string; activityPollerState: string } | null;
  /** Resolves when Temporal's frontend answers (a cheap RPC). */
  pingTemporal(): Promise<unknown>;
  /** Resolves when the connection store answers. */
  pingStore(): Promise<unknown>;
  /** How long each ping may take; default 3 s. */
  timeoutMs?: number;
  /** How long an answer is reused for the probes that follow; default 1 s. */
  cacheMs?: number;
  /** Receives why Temporal or the store did not answer: the network only hears that they did not. */
  logDetail(message: string): void;
}

/**
 * Ready means: the worker runs and both pollers poll, Temporal answers, and the connection store
 * answers. The first problem found is the reason given, in general terms: whoever can reach the
 * probe port must not learn the store's user or Temporal's address, so the detail is logged instead.
 * Probes arriving together share one check, and its answer is reused briefly.
 */
export function workerReadiness(probes: ReadinessProbes): ReadinessCheck {
  const timeoutMs = probes.timeoutMs ?? 3000;
  const check: ReadinessCheck = async () => {
    const status = probes.workerStatus();
    if (status === null) return 'the worker has not started polling yet';
    if (status.runState !== 'RUNNING') return `the worker is ${status.runState.toLowerCase()}`;
    if (status.workflowPollerState !== 'POLLING' || status.activityPollerState !== 'POLLING') {
      return 'the worker is not polling its task queue';
    }
    const temporal = await withinTime(probes.pingTemporal(), timeoutMs);
    if (temporal) return unready('Temporal does not answer', temporal);
    const store = await withinTime(probes.pingStore(), timeoutMs);
    if (store) return unready('the connection store does not answer', store);
    return null;
  };
  return sharedReadiness(check, { ttlMs: probes.cacheMs });

  function unready(reason: string, detail: string): string {
    probes.logDetail(`not ready: ${reason} (${detail})`);
    return reason;
  }
}

/** Null when `promise` resolves within `ms`, otherwise why not. */
async function withinTime(promise: Promise<unknown>, ms: number): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${ms} ms`), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        () => null,
        (error: unknown) => (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
