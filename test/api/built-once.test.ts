import { describe, expect, it } from 'vitest';
import { builtOnce } from '../../src/api/built-once';
import { gongWorkflowRegistry } from '../../src/api/registry';

describe('a schema built once, on first use', () => {
  it('is not built until asked for, then built once and kept', () => {
    let builds = 0;
    const get = builtOnce(() => ({ build: (builds += 1) }));
    expect(builds).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(builds).toBe(1);
  });

  it('gives each registry entry one input schema, whichever reads it first', () => {
    const entry = gongWorkflowRegistry.answerQuestionAboutCustomerCall;
    expect(entry.input).toBe(entry.input);
    expect(
      entry.input.safeParse({ connectionId: 'acme', customerName: 'Acme', question: 'Why?' }).success,
    ).toBe(true);
  });
});
