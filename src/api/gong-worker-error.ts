import type { FailureType } from './failure-types';

/**
 * The base of every error this package raises: the Gong client's, the connection store's, the
 * answering model's, the client library's, the CLI's and the settings'. An error says itself how
 * a run fails with it, so the activity boundary translates every one the same way (one
 * `ApplicationFailure` built from these fields) and a new failure touches its class, its name in
 * {@link FailureType} and its kind in `describeGongFailure` (which the compiler asks for) only.
 *
 * It lives in the API layer beside the failure types because the platform meets it too (the
 * client's `InvalidInputError`) and the client may import only this layer; it is pure (no I/O),
 * so the domain may extend it without knowing anything else of the contract.
 *
 * Subclasses that end runs override {@link failureType} (and {@link retryable} when another
 * attempt may succeed); the others (settings, CLI usage, the codec) leave it null.
 */
export abstract class GongWorkerError extends Error {
  /** The failure type a run fails with when this error ends an activity; null when no run raises it. */
  readonly failureType: FailureType | null = null;

  /** True when another attempt at the same activity may succeed; Temporal retries only then. */
  readonly retryable: boolean = false;

  /** Milliseconds before that attempt, when the upstream said (`Retry-After`); else the policy's backoff. */
  get nextRetryDelayMs(): number | undefined {
    return undefined;
  }

  /** The message a run fails with: the upstream's own words where it has some, never secrets. */
  get failureMessage(): string {
    return this.message;
  }

  /** Structured facts the failure carries as its `details` (statuses, request ids), never secrets. */
  get failureDetails(): unknown[] {
    return [];
  }
}
