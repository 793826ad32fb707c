import type { MetricMeter } from '@temporalio/common';
import type { GongRequestObserver } from '../../gong/request-observer';

/**
 * The worker's own metrics, beside Temporal's. Names follow Prometheus conventions (base units,
 * `_total` counters, unit suffixes) and are listed in docs/operating.md.
 */
export const GONG_METRICS = {
  requests: 'gong_requests_total',
  rateLimited: 'gong_rate_limited_total',
  requestDuration: 'gong_request_duration_seconds',
  responseSize: 'gong_response_size_bytes',
  pacerWait: 'gong_pacer_wait_seconds',
  modelCalls: 'gong_model_calls_total',
  modelCallDuration: 'gong_model_call_duration_seconds',
  modelTokens: 'gong_model_tokens_total',
  answers: 'gong_answers_total',
} as const;

/** Histogram buckets for the runtime (its defaults suit milliseconds, not seconds or bytes). */
export const GONG_HISTOGRAM_BUCKETS: Record<string, number[]> = {
  [GONG_METRICS.requestDuration]: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  [GONG_METRICS.pacerWait]: [0, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  [GONG_METRICS.responseSize]: [1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000],
  [GONG_METRICS.modelCallDuration]: [0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
};

/** `2xx`, `4xx`, ..., or `none` when no answer came (timeout, network, cancelled). */
function statusClass(status: number | null): string {
  return status === null ? 'none' : `${Math.floor(status / 100)}xx`;
}

/**
 * Records each Gong request (count by host, path template and status class; 429s; latency;
 * body size) and each pacer wait on `meter`.
 */
export function createGongRequestMetrics(
  meter: MetricMeter,
  clock: () => number = () => performance.now(),
): GongRequestObserver {
  const requests = meter.createCounter(
    GONG_METRICS.requests,
    '{request}',
    'Gong API requests by host, path template and status class',
  );
  const rateLimited = meter.createCounter(
    GONG_METRICS.rateLimited,
    '{request}',
    'Gong API requests answered 429 Too Many Requests',
  );
  const duration = meter.createHistogram(
    GONG_METRICS.requestDuration,
    'float',
    's',
    'Time from sending a Gong request to reading its whole answer',
  );
  const size = meter.createHistogram(GONG_METRICS.responseSize, 'int', 'By', 'Bytes of Gong response bodies');
  const pacerWait = meter.createHistogram(
    GONG_METRICS.pacerWait,
    'float',
    's',
    'Time a Gong request waited for the rate-limit pacer',
  );
  return {
    async paced(host, wait) {
      const started = clock();
      try {
        await wait();
      } finally {
        pacerWait.record((clock() - started) / 1000, { host });
      }
    },
    async request(start, exchange) {
      const began = clock();
      return exchange((outcome) => {
        const tags = { host: start.host, method: start.method, path_template: start.pathTemplate };
        requests.add(1, { ...tags, status_class: statusClass(outcome.status) });
        if (outcome.status === 429) rateLimited.add(1, tags);
        duration.record((clock() - began) / 1000, tags);
        if (outcome.status !== null) size.record(outcome.bytes, tags);
      });
    },
  };
}
