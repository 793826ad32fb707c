import { proxyActivities } from '@temporalio/workflow';
import type { GongActivities } from '../activities';
import { type SearchCallsInput, type SearchCallsResult } from '../api/search-calls';
import { listingActivityOptions } from './activity-options';
import { parseInput } from './parse-input';
import { rethrowCause } from './rethrow-cause';

const { listCallsInRange } = proxyActivities<GongActivities>(listingActivityOptions);

/**
 * Lists the calls of a time range (`toDateTime` exclusive), most recent first, at most `limit`
 * (default 500) with `truncated: true` when the range holds more. A range with more calls than
 * `limit` is read newest first and only as far back as the limit needs.
 */
export async function searchCalls(input: SearchCallsInput): Promise<SearchCallsResult> {
  const { connectionId, fromDateTime, toDateTime, workspaceId, limit } = parseInput('searchCalls', input);
  try {
    const listed = await listCallsInRange.executeWithOptions(
      {
        summary: `List calls from ${fromDateTime} to ${toDateTime}${workspaceId ? ` in ${workspaceId}` : ''}`,
      },
      [{ connectionId, fromDateTime, toDateTime, workspaceId, limit }],
    );
    return {
      calls: listed.calls,
      totalRecords: listed.totalRecords,
      returned: listed.calls.length,
      // Newest-first slices stop at the limit, so Gong's count of the range tells what was left out.
      truncated: Math.max(listed.totalRecords, listed.listedCallCount) > listed.calls.length,
    };
  } catch (error) {
    rethrowCause(error);
  }
}
