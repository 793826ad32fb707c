import { FailureTypes } from '../api/failure-types';
import { ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type { GongActivities } from '../activities';
import { type CallContentInput, type CallContentResult } from '../api/call-content';
import { payloadTooLarge } from '../gong/payload-size';
import { gongActivityOptions } from './activity-options';
import { parseInput } from './parse-input';
import { rethrowCause } from './rethrow-cause';

const { getCallContent: readCallContent } = proxyActivities<GongActivities>(gongActivityOptions);

/**
 * Ids per activity: one Gong request each, and a result that stays well under Temporal's
 * payload limit however long the calls' content is.
 */
const CALL_IDS_PER_ACTIVITY = 100;

/**
 * Reads Gong's AI content (brief, outline, highlights, key points, outcome, topics), the
 * participants and the speakers' talk time of up to 1000 calls, 100 per Gong request. Ids Gong
 * does not return are reported in `missing`, one by one.
 */
export async function getCallContent(input: CallContentInput): Promise<CallContentResult> {
  const { connectionId, callIds, include } = parseInput('getCallContent', input);
  const ids = [...new Set(callIds)];
  const result: CallContentResult = { calls: [], missing: [] };
  try {
    for (let start = 0; start < ids.length; start += CALL_IDS_PER_ACTIVITY) {
      const batch = ids.slice(start, start + CALL_IDS_PER_ACTIVITY);
      const content = await readCallContent.executeWithOptions(
        { summary: `Read AI content of ${batch.length} calls` },
        [{ connectionId, callIds: batch, include }],
      );
      result.calls.push(...content.calls);
      result.missing.push(...content.missing);
      // Checked after every batch, so an oversized request stops before it fills the history.
      assertFits(result);
    }
  } catch (error) {
    rethrowCause(error);
  }
  return result;
}

function assertFits(result: CallContentResult): void {
  const problem = payloadTooLarge(
    result,
    `The content of ${result.calls.length} calls`,
    'Ask for fewer calls per run, or fewer blocks with "include" (e.g. ["brief", "keyPoints"]).',
  );
  if (problem !== null) throw ApplicationFailure.nonRetryable(problem.message, FailureTypes.payloadTooLarge);
}
