import type { CallContent } from '../gong/call-content-model';
import type { CallTranscript } from '../gong/call-transcript';
import { hasAiContent } from './ai-content';
import { callLabel, newestFirst } from './call-order';

/**
 * Says which calls had no AI content yet, and whether their transcripts were read instead: an
 * answer from fewer calls than it names must say why, whoever wrote it. Given the ids of the calls
 * the answer cites (`contributed`), a transcript read instead is named only when its call is among
 * them: a transcript that added nothing is not worth a line.
 */
export function transcriptNote(
  calls: readonly CallContent[],
  transcripts: ReadonlyMap<string, CallTranscript>,
  contributed?: readonly string[],
): string[] {
  const unsummarised = newestFirst(calls).filter((call) => !hasAiContent(call));
  if (unsummarised.length === 0) return [];
  const read = unsummarised.filter(
    (call) => transcripts.has(call.callId) && (!contributed || contributed.includes(call.callId)),
  );
  const unread = unsummarised.filter((call) => !transcripts.has(call.callId));
  // Two calls are named; more are counted, so the note stays one short line.
  const labels = (list: CallContent[]) =>
    list.length <= 2 ? list.map(callLabel).join(' and ') : `${list.length} of the calls read`;
  return [
    ...(read.length > 0
      ? [
          `Gong has not summarised ${labels(read)} yet: ${read.length === 1 ? 'its transcript was' : 'their transcripts were'} read instead.`,
        ]
      : []),
    ...(unread.length > 0
      ? [
          `Gong has not summarised ${labels(unread)} yet and ${unread.length === 1 ? 'its transcript was' : 'their transcripts were'} not read.`,
        ]
      : []),
  ];
}
