import * as nexus from 'nexus-rpc';
import type { GongWorkflowInput, GongWorkflowResult, GongWorkflowType } from './workflows';

/** Name of the Nexus service the worker serves. */
export const GONG_NEXUS_SERVICE = 'gong';

/** Name of the Nexus endpoint `gong-worker dev` creates; other servers choose their own. */
export const DEFAULT_NEXUS_ENDPOINT = 'gong';

/** An operation that starts workflow `T` and completes with its result. */
const operation = <T extends GongWorkflowType>() =>
  nexus.operation<GongWorkflowInput<T>, GongWorkflowResult<T>>();

/**
 * The Nexus service contract: one operation per workflow, named as the workflow, with its input
 * and result. A caller workflow in another namespace uses it with `createNexusServiceClient`.
 * Each operation starts a run on the worker's task queue: cancelling the operation cancels it.
 */
export const gongNexusService = nexus.service(GONG_NEXUS_SERVICE, {
  answerQuestionAboutCustomerCall: operation<'answerQuestionAboutCustomerCall'>(),
  gongHealthCheck: operation<'gongHealthCheck'>(),
  searchCalls: operation<'searchCalls'>(),
  getCallContent: operation<'getCallContent'>(),
  getCallTranscripts: operation<'getCallTranscripts'>(),
  gongApiRequest: operation<'gongApiRequest'>(),
});

/** The contract's type, for `createNexusServiceClient<GongNexusService>`. */
export type GongNexusService = typeof gongNexusService;
