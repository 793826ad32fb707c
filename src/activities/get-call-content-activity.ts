import { cancellationSignal } from '@temporalio/activity';
import type { z } from 'zod';
import type { getCallContentInputSchema, CallContentResult } from '../api/call-content';
import { notFound } from '../api/call-ids';
import { readCallContent } from '../gong/read-call-content';
import { assertResultFits } from './assert-result-fits';
import { gongClientFor, type ActivityDeps } from './deps';
import { whileHeartbeating } from './while-heartbeating';

/** Input of {@link createGetCallContent}: the validated workflow input, or a batch of its ids. */
export type GetCallContentInput = z.output<ReturnType<typeof getCallContentInputSchema>>;

/** Reads Gong's AI content for the given calls in as few requests as Gong allows (100 ids each). */
export function createGetCallContent(deps: ActivityDeps) {
  return async function getCallContent(input: GetCallContentInput): Promise<CallContentResult> {
    const client = await gongClientFor(deps, input.connectionId);
    const { calls, missingCallIds } = await whileHeartbeating({ reading: input.callIds.length }, () =>
      readCallContent(client, input.callIds, { include: input.include, signal: cancellationSignal() }),
    );
    const result = { calls, missing: notFound(missingCallIds) };
    assertResultFits(
      result,
      `The content of ${calls.length} calls`,
      'Ask for fewer calls at once, or fewer blocks with "include" (e.g. ["brief", "keyPoints"]).',
    );
    return result;
  };
}
