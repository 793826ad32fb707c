import { cancellationSignal, heartbeat } from '@temporalio/activity';
import type { CallContent } from '../gong/call-content';
import { paginate } from '../gong/client';
import { contentSelectorFor, type ContentBlock } from '../gong/content-blocks';
import { toCallContent } from '../gong/to-call-content';
import { assertResultFits } from './assert-result-fits';
import { gongClientFor, type ActivityDeps } from './deps';
import { whileHeartbeating } from './while-heartbeating';

/** Gong accepts up to 100 call ids per extensive request. */
export const CALL_IDS_PER_REQUEST = 100;

/** Input of {@link createGetCallContent}. */
export interface GetCallContentInput {
  connectionId: string;
  callIds: string[];
  /** AI content blocks to read; every block when absent. */
  include?: ContentBlock[];
}

/** AI content of the calls found, in the order asked, and the ids Gong did not return. */
export interface GetCallContentResult {
  calls: CallContent[];
  missingCallIds: string[];
}

/** Reads Gong's AI content for the given calls in as few requests as Gong allows (100 ids each). */
export function createGetCallContent(deps: ActivityDeps) {
  return async function getCallContent(input: GetCallContentInput): Promise<GetCallContentResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const ids = [...new Set(input.callIds)];
    const selector = contentSelectorFor(input.include);
    const found = new Map<string, CallContent>();
    for (let start = 0; start < ids.length; start += CALL_IDS_PER_REQUEST) {
      const callIds = ids.slice(start, start + CALL_IDS_PER_REQUEST);
      const progress = { batchesDone: start / CALL_IDS_PER_REQUEST };
      const pages = paginate(
        (cursor) =>
          whileHeartbeating(progress, () =>
            client.listExtensiveCalls({ callIds }, selector, cursor, cancellationSignal()),
          ),
        undefined,
        'call content listing',
      );
      for await (const page of pages) {
        for (const call of page.items) found.set(call.metaData.id, toCallContent(call));
      }
      heartbeat({ batchesDone: start / CALL_IDS_PER_REQUEST + 1 });
    }
    const result = {
      calls: ids.flatMap((id) => found.get(id) ?? []),
      missingCallIds: ids.filter((id) => !found.has(id)),
    };
    assertResultFits(
      result,
      `The content of ${result.calls.length} calls`,
      'Ask for fewer calls at once, or fewer blocks with "include" (e.g. ["brief", "keyPoints"]).',
    );
    return result;
  };
}
