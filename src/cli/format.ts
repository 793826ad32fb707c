import type { AnswerQuestionResult } from '../api/answer-question';

/** The Temporal Web UI page of a run. */
export function runUrl(uiUrl: string, namespace: string, workflowId: string, runId: string): string {
  const base = uiUrl.replace(/\/+$/, '');
  return `${base}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}/${encodeURIComponent(runId)}/history`;
}

/** An answer as people read it: the text, then its numbered sources. */
export function formatAnswer(result: AnswerQuestionResult): string {
  const lines = [result.answer, ''];
  if (result.citations.length > 0) {
    lines.push('Sources:');
    result.citations.forEach((call, index) => {
      lines.push(`  [${index + 1}] ${call.title} (${call.started.slice(0, 10)}) ${call.url}`);
    });
    lines.push('');
  }
  const analysed = result.callsAnalyzed.length;
  const answeredBy = `answered by ${result.answeredBy}${result.model ? ` (${result.model})` : ''}`;
  if (result.coverage.complete) {
    lines.push(
      `Matched ${result.matchedCallCount} call(s) from ${result.window.fromDateTime.slice(0, 10)} to ${result.window.toDateTime.slice(0, 10)}; ` +
        `analysed ${analysed}; ${answeredBy}.`,
    );
  } else {
    // Reading stopped once the most recent matches were sure: say what was left unread.
    lines.push(
      `Analysed the ${analysed} most recent of at least ${result.matchedCallCount} matching calls; ` +
        `calls before ${minuteUtc(result.coverage.scannedFrom)} not read (they could not change which calls were analysed); ${answeredBy}.`,
    );
  }
  return lines.join('\n');
}

/** `2026-10-02 14:05 UTC`. */
function minuteUtc(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
