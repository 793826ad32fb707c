import type { CallContentResult } from '../api/call-content';
import type { CallTranscriptsResult } from '../api/call-transcripts';
import type { SearchCallsResult } from '../api/search-calls';
import { formatDuration, formatTable } from './table';

/** A search result as a table (started, duration, title, id), then what was left out. */
export function formatSearchResult(result: SearchCallsResult): string {
  if (result.calls.length === 0) return 'No calls in this range.';
  const table = formatTable(
    ['STARTED', 'DURATION', 'TITLE', 'ID'],
    result.calls.map((call) => [call.started, formatDuration(call.duration), call.title, call.id]),
  );
  const footer = result.truncated
    ? `${result.returned} most recent of ${result.totalRecords} calls (raise --limit to see more).`
    : `${result.returned} ${result.returned === 1 ? 'call' : 'calls'}.`;
  return `${table}\n\n${footer}`;
}

/**
 * A search result as `search --json` prints it: each call's `callId` and `durationSeconds`, the
 * names every other JSON output of the CLI uses (`content`, `transcript`, `ask`).
 */
export function searchResultJson(result: SearchCallsResult) {
  return {
    ...result,
    calls: result.calls.map(({ id, duration, ...call }) => ({
      callId: id,
      ...call,
      durationSeconds: duration,
    })),
  };
}

/**
 * Each call's content as people read it: header, brief, key points, topics, participants. The ids
 * Gong did not return are the command's failure (see `failOnMissingCalls`), not part of this text.
 */
export function formatCallContent(result: CallContentResult): string {
  const blocks = result.calls.map((call) => {
    const lines = [
      `${call.title}  (${call.callId}, ${call.started}, ${formatDuration(call.durationSeconds)})`,
    ];
    if (call.url) lines.push(`  ${call.url}`);
    if (call.brief) lines.push('', `  Brief: ${call.brief}`);
    if (call.keyPoints.length > 0)
      lines.push('', '  Key points:', ...call.keyPoints.map((p) => `    - ${p}`));
    if (call.callOutcome) lines.push('', `  Outcome: ${call.callOutcome.name}`);
    if (call.topics.length > 0) {
      const topics = call.topics.map((t) => `${t.name} (${formatDuration(t.durationSeconds)})`);
      lines.push('', `  Topics: ${topics.join(', ')}`);
    }
    if (call.participants.length > 0) {
      lines.push('', '  Participants:');
      for (const p of call.participants) {
        const talk = call.speakers.find((s) => s.speakerId === p.speakerId);
        const details = [
          p.title,
          p.emailAddress,
          p.affiliation,
          talk ? `talked ${formatDuration(talk.talkTimeSeconds)}` : null,
        ]
          .filter((d): d is string => Boolean(d))
          .join(', ');
        lines.push(`    - ${p.name ?? '(unnamed)'}${details ? ` (${details})` : ''}`);
      }
    }
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}

/** Each transcript as `[m:ss] Speaker: text` lines under the call id; missing ids are left to the command. */
export function formatTranscripts(result: CallTranscriptsResult): string {
  const blocks = result.transcripts.map((transcript) =>
    [
      `Call ${transcript.callId}:`,
      ...transcript.sentences.map(
        (s) =>
          `  [${formatDuration(s.start / 1000)}] ${s.speakerName ?? s.speakerId ?? 'Unknown speaker'}: ${s.text}`,
      ),
    ].join('\n'),
  );
  return blocks.join('\n\n');
}
