import type { ReadinessCheck } from './health-server';

/** How long one readiness answer is reused: probes every few seconds see fresh news, a flood costs nothing. */
const DEFAULT_READINESS_TTL_MS = 1000;

/**
 * Shares one readiness check among all the probes that arrive while it runs, and reuses its answer
 * for `ttlMs` after it ends: each check costs a Temporal RPC and a store query, so `/readyz`
 * called hundreds of times a second must not turn into as many requests upstream.
 */
export function sharedReadiness(
  check: ReadinessCheck,
  options: { ttlMs?: number; now?: () => number } = {},
): ReadinessCheck {
  const ttlMs = options.ttlMs ?? DEFAULT_READINESS_TTL_MS;
  const now = options.now ?? (() => performance.now());
  let inFlight: Promise<string | null> | undefined;
  let cached: { answer: string | null; at: number } | undefined;
  return () => {
    if (cached && now() - cached.at < ttlMs) return Promise.resolve(cached.answer);
    inFlight ??= check()
      .then(
        (answer) => answer,
        // A check that throws is an unready answer like any other, cached as briefly.
        () => 'the readiness check failed',
      )
      .then((answer) => {
        cached = { answer, at: now() };
        inFlight = undefined;
        return answer;
      });
    return inFlight;
  };
}
