import * as nexus from 'nexus-rpc';
import {
  GONG_WORKFLOW_TYPES,
  gongWorkflowRegistry,
  type GongNexusOperation,
  type GongWorkflowInput,
  type GongWorkflowResult,
  type GongWorkflowType,
} from './registry';

/** Name of the Nexus service the worker serves. */
export const GONG_NEXUS_SERVICE = 'gong';

/** Name of the Nexus endpoint `npm run dev` creates; other servers choose their own. */
export const DEFAULT_NEXUS_ENDPOINT = 'gong';

/** The service's operations: one per workflow of the registry, under its `nexusOperation` name. */
export type GongNexusOperations = {
  [T in GongWorkflowType as GongNexusOperation<T>]: nexus.PartialOperation<
    GongWorkflowInput<T>,
    GongWorkflowResult<T>
  >;
};

/**
 * The Nexus service contract: one operation per workflow of the registry, with its input and
 * result. A caller workflow in another namespace uses it with `createNexusServiceClient`. Each
 * operation starts a run on the worker's task queue: cancelling the operation cancels it.
 */
export const gongNexusService = nexus.service(
  GONG_NEXUS_SERVICE,
  Object.fromEntries(
    GONG_WORKFLOW_TYPES.map((type) => [gongWorkflowRegistry[type].nexusOperation, nexus.operation()]),
  ) as GongNexusOperations,
);

/** The contract's type, for `createNexusServiceClient<GongNexusService>`. */
export type GongNexusService = typeof gongNexusService;
