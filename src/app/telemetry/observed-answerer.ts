import type { MetricMeter } from '@temporalio/common';
import { ModelError, type Answerer } from '../../answering';
import type { TokenUsage } from '../../answering/answer';
import { GONG_METRICS } from './gong-metrics';
import type { Tracing } from './worker-tracing';

/** What {@link observeAnswerer} needs besides the answerer. */
export interface ObserveAnswererOptions {
  /** The configured model (`OPENAI_MODEL`), which labels the tokens of replies that failed. */
  model?: string;
  clock?: () => number;
}

/** A count of tokens: a non-negative integer; anything else is no count. */
function isTokenCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * The answerer, counted and timed (`gong_model_calls_total`, `gong_model_call_duration_seconds`
 * by answerer, model and outcome), its tokens counted (`gong_model_tokens_total` by answerer,
 * model and type `input`/`output`, when the model server reports them, for failed replies too) and,
 * with tracing, in a `model call` span naming the model and the tokens (OpenTelemetry's `gen_ai.*`
 * attributes). Neither holds the question, the calls or the answer. Recording is telemetry: a
 * metric or span attribute that cannot be recorded is dropped, never the answer.
 */
export function observeAnswerer(
  answerer: Answerer,
  meter: MetricMeter,
  tracing: Tracing | null,
  options: ObserveAnswererOptions = {},
): Answerer {
  const clock = options.clock ?? (() => performance.now());
  const calls = meter.createCounter(
    GONG_METRICS.modelCalls,
    '{call}',
    'Answers asked of the answerer (model or extractive)',
  );
  const duration = meter.createHistogram(
    GONG_METRICS.modelCallDuration,
    'float',
    's',
    'Time the answerer took to answer',
  );
  const tokens = meter.createCounter(
    GONG_METRICS.modelTokens,
    '{token}',
    'Tokens the model read (type input) and wrote (type output), as its server reports them',
  );
  /** Records one answer's metrics; a failure to record is not the answer's. */
  function record(tags: Record<string, string>, seconds: number, usage: TokenUsage | undefined): void {
    try {
      calls.add(1, tags);
      duration.record(Math.max(0, seconds), tags);
      const model = { answerer: tags.answerer ?? 'unknown', model: tags.model ?? 'unknown' };
      if (usage && isTokenCount(usage.promptTokens))
        tokens.add(usage.promptTokens, { ...model, type: 'input' });
      if (usage && isTokenCount(usage.completionTokens)) {
        tokens.add(usage.completionTokens, { ...model, type: 'output' });
      }
    } catch {
      // Telemetry only: the answer stands.
    }
  }
  return {
    async answer(question, contents, signal, transcripts, context) {
      const started = clock();
      const run = () => answerer.answer(question, contents, signal, transcripts, context);
      try {
        const answer = tracing
          ? await tracing.modelCall(run, (result) => ({
              'gen_ai.request.model': result.model ?? result.answeredBy,
              'gong.answerer': result.answeredBy,
              'gong.calls_analyzed': contents.length,
              'gong.answer_latency_ms': Math.round(clock() - started),
              ...(result.usage &&
                isTokenCount(result.usage.promptTokens) &&
                isTokenCount(result.usage.completionTokens) && {
                  'gen_ai.usage.input_tokens': result.usage.promptTokens,
                  'gen_ai.usage.output_tokens': result.usage.completionTokens,
                }),
            }))
          : await run();
        const tags = { answerer: answer.answeredBy, model: answer.model ?? 'none', outcome: 'ok' };
        record(tags, (clock() - started) / 1000, answer.usage);
        return answer;
      } catch (error) {
        // With OPENAI_FALLBACK=fail, the replies the model failed with were paid for all the same.
        const usage = error instanceof ModelError ? error.usage : undefined;
        const tags = usage
          ? { answerer: 'openai', model: options.model ?? 'unknown', outcome: 'error' }
          : { answerer: 'unknown', model: 'unknown', outcome: 'error' };
        record(tags, (clock() - started) / 1000, usage);
        throw error;
      }
    },
  };
}
