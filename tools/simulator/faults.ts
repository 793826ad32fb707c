import { GongHttpError } from './errors';

/** A failure to answer instead of the real response, for the next `times` matching requests. */
export interface SimFault {
  /** Matches any method when absent. */
  method?: string;
  /** Exact path, e.g. `/v2/calls/extensive`; matches any path when absent. */
  path?: string;
  status: number;
  /** Default 1. */
  times?: number;
  retryAfterSeconds?: number;
  /** Default: a message typical of the status. */
  errors?: string[];
}

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Malformed request',
  401: 'Validate credentials failed. Please check your credentials and try again.',
  403: 'Access denied',
  404: 'Not found',
  429: 'API request limit exceeded',
  500: 'Failed to complete the operation due to an unexpected error',
  502: 'Bad gateway',
  503: 'Service temporarily unavailable',
};

/** Pending faults, consumed in the order they were injected. */
export interface FaultQueue {
  add(fault: SimFault): void;
  /** The error for this request if a pending fault matches it; consumes one use of that fault. */
  take(method: string, path: string): GongHttpError | undefined;
}

/** Creates an empty fault queue. */
export function createFaultQueue(): FaultQueue {
  const pending: { fault: SimFault; left: number }[] = [];
  return {
    add(fault) {
      pending.push({ fault, left: fault.times ?? 1 });
    },
    take(method, path) {
      const index = pending.findIndex(
        ({ fault }) =>
          (fault.method === undefined || fault.method.toUpperCase() === method) &&
          (fault.path === undefined || fault.path === path),
      );
      const entry = pending[index];
      if (!entry) return undefined;
      entry.left -= 1;
      if (entry.left <= 0) pending.splice(index, 1);
      const { fault } = entry;
      const headers: Record<string, string> =
        fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
      const errors = fault.errors ?? [
        DEFAULT_MESSAGES[fault.status] ?? `Simulated failure (HTTP ${fault.status})`,
      ];
      return new GongHttpError(fault.status, errors, headers);
    },
  };
}
