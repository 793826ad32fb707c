import { noopMetricMeter, type MetricMeter } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import type { Answer, Answerer } from '../../src/answering/answer';
import { observeAnswerer } from '../../src/app/telemetry/observed-answerer';

const answer: Answer = {
  answer: 'Acme asked for 15% off [1]',
  citedCallIds: ['1'],
  answeredBy: 'openai',
  model: 'gpt-4o-mini',
  usage: { promptTokens: 1200, completionTokens: 40 },
};
const answerer: Answerer = { answer: () => Promise.resolve(answer) };

/** A meter whose instruments throw on every recording, as a broken exporter or a bad value would. */
const throwingMeter: MetricMeter = {
  createGauge: (name) => noopMetricMeter.createGauge(name),
  createCounter: () => ({
    ...noopMetricMeter.createCounter('x'),
    add: () => {
      throw new Error('counter refused the value');
    },
  }),
  createHistogram: () => ({
    ...noopMetricMeter.createHistogram('x'),
    record: () => {
      throw new Error('histogram refused the value');
    },
  }),
  withTags: () => throwingMeter,
};

describe('the answerer with its telemetry', () => {
  it('returns the answer when recording its metrics throws', async () => {
    const observed = observeAnswerer(answerer, throwingMeter, null);

    await expect(observed.answer('What about pricing?', [])).resolves.toEqual(answer);
  });
});
