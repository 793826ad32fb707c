/** A faithful Gong API v2 simulator on loopback, for tests, the dev/demo command and benchmarks. */
export { DEFAULT_SIM_ACCOUNT, type SimulatorAccount } from './auth';
export { buildSimCall, type BuildSimCallInput } from './build-call';
export { createDataSet, type CreateDataSetOptions } from './data-set';
export {
  createCadenceDataSet,
  type CadenceCustomer,
  type CallCadence,
  type CreateCadenceDataSetOptions,
} from './cadence-data-set';
export { NO_CALLS_FOUND } from './errors';
export type { SimFault } from './faults';
export { PAGE_SIZE } from './paging';
export {
  startGongSimulator,
  type GongSimulator,
  type GongSimulatorOptions,
  type RecordedRequest,
} from './server';
export type * from './types';
export { buildSimUser, type BuildSimUserInput } from './users-factory';
export { SIM_SECONDARY_WORKSPACE_ID, SIM_WORKSPACE_ID } from './well-known';
