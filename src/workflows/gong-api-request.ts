import { proxyActivities } from '@temporalio/workflow';
import type { GongActivities } from '../activities';
import {
  gongApiRequestInputSchema,
  type GongApiRequestInput,
  type GongApiRequestResult,
} from '../api/gong-api-request';
import { isIdempotentRequest } from '../gong/idempotent-request';
import { gongActivityOptions } from './activity-options';
import { parseInput } from './parse-input';
import { rethrowCause } from './rethrow-cause';

const { sendGongApiRequest } = proxyActivities<GongActivities>(gongActivityOptions);
/** A write is attempted once: a retry after a crash or a timeout could apply it twice. */
const { sendGongApiRequest: sendGongWrite } = proxyActivities<GongActivities>({
  ...gongActivityOptions,
  retry: { ...gongActivityOptions.retry, maximumAttempts: 1 },
});

/**
 * Calls any Gong API v2 endpoint on the connection's own host and returns Gong's answer,
 * 4xx included, for the caller to judge. A path that is not a plain `/v2/...` path is refused
 * before any request; bad credentials fail the run; rate limits and 5xx are retried.
 */
export async function gongApiRequest(input: GongApiRequestInput): Promise<GongApiRequestResult> {
  const { connectionId, method, path, query, body } = parseInput(
    gongApiRequestInputSchema,
    input,
    'gongApiRequest',
  );
  try {
    const send = isIdempotentRequest(method, path) ? sendGongApiRequest : sendGongWrite;
    return await send.executeWithOptions({ summary: `${method} ${path}` }, [
      { connectionId, method, path, query, body },
    ]);
  } catch (error) {
    rethrowCause(error);
  }
}
