import { describe, expect, it } from 'vitest';
import { MAX_DEFER_MS, nextInLine, PACING_STAGE, type Waiting } from '../../src/gong/grant-order';

/** A request waiting since `queuedAt` for work of `stage` begun at `since`. */
function waiting(name: string, stage: number, since: number, queuedAt: number): Waiting & { name: string } {
  return { name, priority: { stage, since }, queuedAt };
}

const { listing, reading } = PACING_STAGE;

describe('which waiting request gets the next slot of its host', () => {
  it("grants an answer's reading before listings that waited longer", () => {
    const next = nextInLine(
      [waiting('page of a listing', listing, 0, 0), waiting('content of an answer', reading, 500, 900)],
      1000,
    );
    expect(next?.name).toBe('content of an answer');
  });

  it('grants the page of a listing under way before the first page of a newer one', () => {
    const next = nextInLine(
      [waiting('first page of a new listing', listing, 800, 100), waiting('third page', listing, 200, 900)],
      1000,
    );
    expect(next?.name).toBe('third page');
  });

  it('grants requests of the same work in the order they came', () => {
    const next = nextInLine([waiting('later', reading, 0, 300), waiting('earlier', reading, 0, 200)], 1000);
    expect(next?.name).toBe('earlier');
  });

  it(`grants a request passed over for ${MAX_DEFER_MS / 1000} s before work further along`, () => {
    const next = nextInLine(
      [waiting('content of an answer', reading, 0, 9000), waiting('new listing', listing, 5000, 4000)],
      4000 + MAX_DEFER_MS,
    );
    expect(next?.name).toBe('new listing');
  });

  it('grants the requests passed over too long in the order they came', () => {
    const next = nextInLine(
      [waiting('overdue listing', listing, 0, 2000), waiting('longest overdue', listing, 9000, 1000)],
      1000 + MAX_DEFER_MS + 1000,
    );
    expect(next?.name).toBe('longest overdue');
  });

  it('grants nothing when nothing waits', () => {
    expect(nextInLine([], 0)).toBeUndefined();
  });
});
