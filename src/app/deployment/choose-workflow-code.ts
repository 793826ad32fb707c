import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot, runsCompiled } from './package-root';

/** Where `npm run build` writes the prebuilt workflow bundle, relative to the package root. */
const WORKFLOW_BUNDLE_FILE = join('dist', 'workflow-bundle.js');
/**
 * The same bundle with the encoding failure converter built in: with payload encryption on,
 * failures the workflows raise must be encoded in the sandbox too, not only the activities'.
 */
const ENCRYPTED_WORKFLOW_BUNDLE_FILE = join('dist', 'workflow-bundle-encrypted.js');

/** The bundles with the OpenTelemetry workflow interceptors built in, for a worker that traces. */
const TRACED_WORKFLOW_BUNDLE_FILE = join('dist', 'workflow-bundle-traced.js');
/** The encrypted bundle with the OpenTelemetry workflow interceptors built in. */
const ENCRYPTED_TRACED_WORKFLOW_BUNDLE_FILE = join('dist', 'workflow-bundle-encrypted-traced.js');

/** The workflows module, bundled at start when there is no prebuilt bundle. */
export function workflowsSourcePath(): string {
  return join(packageRoot(), 'src', 'workflows', 'index.ts');
}

/**
 * The modules every workflow of a worker thread shares (the bundle's `preloadModules`), evaluated
 * once before the first workflow rather than again for each: see `src/workflows/shared-zod.ts`.
 */
export function sharedWorkflowModules(): string[] {
  return [join(packageRoot(), 'src', 'workflows', 'shared-zod.ts')];
}

/** The workflow code a worker runs: a prebuilt bundle file, or the sources to bundle at start. */
export type WorkflowCode = { kind: 'prebuilt'; codePath: string } | { kind: 'source'; workflowsPath: string };

/** `GONG_WORKFLOW_BUNDLE`, parsed in `src/config/workflow-code.ts`. */
export type WorkflowCodeMode = 'auto' | 'prebuilt' | 'source';

/**
 * Chooses the workflow code for `mode` (`GONG_WORKFLOW_BUNDLE`, default `auto`). `auto` uses the bundle
 * built with the compiled code when running from `dist/`, and bundles the sources when running
 * from `src/` (a bundle left in `dist/` may be older than the sources being edited). With
 * `encrypted`, the prebuilt bundle is the one holding the encoding failure converter; with
 * `traced`, the one holding the OpenTelemetry workflow interceptors.
 */
export function chooseWorkflowCode(
  mode: WorkflowCodeMode,
  options: { encrypted?: boolean; traced?: boolean } = {},
): WorkflowCode {
  const prebuilt = join(packageRoot(), prebuiltBundleFile(options));
  const wantPrebuilt = mode === 'prebuilt' || (mode === 'auto' && runsCompiled());
  if (wantPrebuilt && existsSync(prebuilt)) return { kind: 'prebuilt', codePath: prebuilt };
  if (mode === 'prebuilt') throw new Error(`No prebuilt workflow bundle at ${prebuilt}: run npm run build`);
  const source = workflowsSourcePath();
  if (!existsSync(source)) {
    throw new Error(`Neither a prebuilt workflow bundle (${prebuilt}) nor the workflow sources (${source})`);
  }
  return { kind: 'source', workflowsPath: source };
}

function prebuiltBundleFile(options: { encrypted?: boolean; traced?: boolean }): string {
  if (options.encrypted)
    return options.traced ? ENCRYPTED_TRACED_WORKFLOW_BUNDLE_FILE : ENCRYPTED_WORKFLOW_BUNDLE_FILE;
  return options.traced ? TRACED_WORKFLOW_BUNDLE_FILE : WORKFLOW_BUNDLE_FILE;
}
