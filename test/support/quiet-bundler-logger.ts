/** A logger for `bundleWorkflowCode` that shows only errors: webpack's progress is noise in tests. */
export const quietBundlerLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: (message: string) => console.error(message),
};
