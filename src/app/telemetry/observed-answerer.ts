import type { MetricMeter } from '@temporalio/common';
import type { Answerer } from '../../answering';
import { GONG_METRICS } from './gong-metrics';
import type { Tracing } from './worker-tracing';

/**
 * The answerer, counted and timed (`gong_model_calls_total`, `gong_model_call_duration_seconds`
 * by answerer, model and outcome), its tokens counted (`gong_model_tokens_total` by answerer,
 * model and type `input`/`output`, when the model server reports them) and, with tracing, in a
 * `model call` span naming the model and the tokens (OpenTelemetry's `gen_ai.*` attributes).
 * Neither holds the question, the calls or the answer.
 */
export function observeAnswerer(
  answerer: Answerer,
  meter: MetricMeter,
  tracing: Tracing | null,
  clock: () => number = () => performance.now(),
): Answerer {
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
  return {
    async answer(question, contents, signal, transcripts, limits) {
      const started = clock();
      const run = () => answerer.answer(question, contents, signal, transcripts, limits);
      try {
        const answer = tracing
          ? await tracing.modelCall(run, (result) => ({
              'gen_ai.request.model': result.model ?? result.answeredBy,
              'gong.answerer': result.answeredBy,
              'gong.calls_analyzed': contents.length,
              'gong.answer_latency_ms': Math.round(clock() - started),
              ...(result.usage && {
                'gen_ai.usage.input_tokens': result.usage.promptTokens,
                'gen_ai.usage.output_tokens': result.usage.completionTokens,
              }),
            }))
          : await run();
        const tags = { answerer: answer.answeredBy, model: answer.model ?? 'none', outcome: 'ok' };
        calls.add(1, tags);
        duration.record((clock() - started) / 1000, tags);
        if (answer.usage) {
          const model = { answerer: tags.answerer, model: tags.model };
          tokens.add(answer.usage.promptTokens, { ...model, type: 'input' });
          tokens.add(answer.usage.completionTokens, { ...model, type: 'output' });
        }
        return answer;
      } catch (error) {
        const tags = { answerer: 'unknown', model: 'unknown', outcome: 'error' };
        calls.add(1, tags);
        duration.record((clock() - started) / 1000, tags);
        throw error;
      }
    },
  };
}
