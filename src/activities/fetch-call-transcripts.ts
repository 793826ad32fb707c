import { cancellationSignal, heartbeat } from '@temporalio/activity';
import { speakerNames, toCallTranscript } from '../gong/call-transcript';
import { paginate, type ContentSelector } from '../gong/client';
import { CALL_IDS_PER_REQUEST } from '../gong/read-call-content';
import type { GongCallTranscript } from '../gong/schemas';
import type { CallTranscriptsResult } from '../api/call-transcripts';
import { notFound } from '../api/call-ids';
import { assertResultFits } from './assert-result-fits';
import { gongClientFor, type ActivityDeps } from './deps';
import { whileHeartbeating } from './while-heartbeating';

/** Input of {@link createFetchCallTranscripts}. */
export interface FetchCallTranscriptsInput {
  connectionId: string;
  callIds: string[];
}

/** Only the parties: the transcript names speakers by id, the parties say who they are. */
const PARTIES_SELECTOR: ContentSelector = { context: 'None', exposedFields: { parties: true } };

/**
 * Reads the calls' transcripts (`POST /v2/calls/transcript`) and their parties (`POST
 * /v2/calls/extensive`), 100 ids per request, and names each sentence's speaker.
 */
export function createFetchCallTranscripts(deps: ActivityDeps) {
  return async function fetchCallTranscripts(
    input: FetchCallTranscriptsInput,
  ): Promise<CallTranscriptsResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const ids = [...new Set(input.callIds)];
    const names = new Map<string, Map<string, string>>();
    const raw = new Map<string, GongCallTranscript>();
    let pagesFetched = 0;
    for (let start = 0; start < ids.length; start += CALL_IDS_PER_REQUEST) {
      const callIds = ids.slice(start, start + CALL_IDS_PER_REQUEST);
      const transcriptPages = paginate(
        (cursor) =>
          whileHeartbeating({ pagesFetched }, () =>
            client.listTranscripts({ callIds }, cursor, cancellationSignal()),
          ),
        undefined,
        'transcript listing',
      );
      for await (const page of transcriptPages) {
        for (const transcript of page.items) raw.set(transcript.callId, transcript);
        heartbeat({ pagesFetched: ++pagesFetched });
      }
      // Parties only of the calls that have a transcript: nothing to name otherwise.
      const transcribed = callIds.filter((id) => raw.has(id));
      if (transcribed.length === 0) continue;
      const partyPages = paginate(
        (cursor) =>
          whileHeartbeating({ pagesFetched }, () =>
            client.listExtensiveCalls(
              { callIds: transcribed },
              PARTIES_SELECTOR,
              cursor,
              cancellationSignal(),
            ),
          ),
        undefined,
        'party listing',
      );
      for await (const page of partyPages) {
        for (const call of page.items) names.set(call.metaData.id, speakerNames(call.parties));
        heartbeat({ pagesFetched: ++pagesFetched });
      }
    }
    const result: CallTranscriptsResult = {
      transcripts: ids.flatMap((id) => {
        const transcript = raw.get(id);
        return transcript ? [toCallTranscript(transcript, names.get(id) ?? new Map())] : [];
      }),
      missing: notFound(ids.filter((id) => !raw.has(id))),
    };
    assertResultFits(
      result,
      `The transcripts of ${result.transcripts.length} calls`,
      'Ask for fewer calls per run (e.g. 10 at a time).',
    );
    return result;
  };
}
