import { describeAnsweredBy, describeCallsRead } from '../wording/answer-markdown';
import type { AnswerQuestionResult } from '../api/answer-question';
import { withFlagHints } from './flag-hints';

/** The Temporal Web UI page of a run. */
export function runUrl(uiUrl: string, namespace: string, workflowId: string, runId: string): string {
  const base = uiUrl.replace(/\/+$/, '');
  return `${base}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}/${encodeURIComponent(runId)}/history`;
}

/** An answer as people read it: the text, then its numbered sources, with the CLI's flags. */
export function formatAnswer(result: AnswerQuestionResult): string {
  const lines = [withFlagHints(result.answer), ''];
  if (result.citations.length > 0) {
    lines.push('Sources:');
    result.citations.forEach((call, index) => {
      lines.push(`  [${index + 1}] ${call.title} (${call.started.slice(0, 10)}) ${call.url}`);
    });
    lines.push('');
  }
  lines.push(withFlagHints(`${describeCallsRead(result)} ${describeAnsweredBy(result)}`));
  return lines.join('\n');
}
