import type { AnswerQuestionProgress } from '../api';
import type { CliIo } from './io';

const POLL_MS = 500;

/**
 * Shows `describe()`'s text as a status line every half second while a run goes on, when stderr
 * is a terminal (`io.status`); nothing when piped. Returns the function that stops and clears it.
 */
export function showProgress(io: CliIo, describe: () => Promise<string | null>): () => void {
  const status = io.status;
  if (!status) return () => undefined;
  let stopped = false;
  let shown = false;
  void (async () => {
    while (!stopped) {
      const text = await describe().catch(() => null);
      if (stopped) break;
      if (text) {
        status(text);
        shown = true;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS).unref());
    }
  })();
  return () => {
    stopped = true;
    if (shown) status('');
  };
}

/** The `ask` progress line, from the workflow's `progress` query. */
export function describeAnswerProgress(progress: AnswerQuestionProgress): string {
  const counts = `scanned ${progress.callsScanned} calls, matched ${progress.callsMatched}, analyzed ${progress.callsAnalyzed}`;
  if (progress.stage === 'listing') return `Finding the customer's calls: ${counts}`;
  if (progress.stage === 'answering') return `Reading the matched calls and answering: ${counts}`;
  return `Done: ${counts}`;
}
