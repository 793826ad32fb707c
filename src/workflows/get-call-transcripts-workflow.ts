import { proxyActivities } from '@temporalio/workflow';
import type { GongActivities } from '../activities';
import { type CallTranscriptsInput, type CallTranscriptsResult } from '../api/call-transcripts';
import { listingActivityOptions } from './activity-options';
import { parseInput } from './parse-input';
import { rethrowCause } from './rethrow-cause';

const { fetchCallTranscripts } = proxyActivities<GongActivities>(listingActivityOptions);

/**
 * Reads the transcripts of up to 100 calls as sentences in spoken order, each with its speaker's
 * name from the call's parties. Ids Gong does not return are reported in `missing`.
 */
export async function getCallTranscripts(input: CallTranscriptsInput): Promise<CallTranscriptsResult> {
  const { connectionId, callIds } = parseInput('getCallTranscripts', input);
  try {
    return await fetchCallTranscripts.executeWithOptions(
      { summary: `Read transcripts of ${callIds.length} calls` },
      [{ connectionId, callIds }],
    );
  } catch (error) {
    rethrowCause(error);
  }
}
