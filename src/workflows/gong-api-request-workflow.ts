import { proxyActivities } from '@temporalio/workflow';
import type { GongActivities } from '../activities';
import { type GongApiRequestInput, type GongApiRequestResult } from '../api/gong-api-request';
import { isIdempotentRequest } from '../gong/idempotent-request';
import { gongActivityOptions, gongWriteActivityOptions } from './activity-options';
import { parseInput } from './parse-input';
import { rethrowCause } from './rethrow-cause';

const { sendGongApiRead } = proxyActivities<GongActivities>(gongActivityOptions);
const { sendGongApiWrite } = proxyActivities<GongActivities>(gongWriteActivityOptions);

/**
 * Calls any Gong API v2 endpoint on the connection's own host and returns Gong's answer,
 * 4xx included, for the caller to judge. A path that is not a plain `/v2/...` path is refused
 * before any request; bad credentials fail the run; rate limits and 5xx are retried.
 */
export async function gongApiRequest(input: GongApiRequestInput): Promise<GongApiRequestResult> {
  const request = parseInput('gongApiRequest', input);
  try {
    // Decided here, once: a write gets the activity that never resends it.
    const send = isIdempotentRequest(request.method, request.path) ? sendGongApiRead : sendGongApiWrite;
    return await send.executeWithOptions({ summary: `${request.method} ${request.path}` }, [request]);
  } catch (error) {
    rethrowCause(error);
  }
}
