#!/usr/bin/env node
// `npm run build`: compiles the product (src/) to runnable ESM in dist/, prebuilds the workflow
// bundle, and builds the client package in packages/client/dist/. The dev tooling in tools/
// (simulator, Temporal CLI provisioning, the stack behind `npm run dev` and `npm run demo`) is not
// built: it runs from source through tsx (bin/gong-dev.js), and src/ never imports it.
//
// esbuild rather than tsc: the sources use extensionless relative imports (moduleResolution
// Bundler), which Node's ESM loader cannot resolve, so the output is bundled per entry point with
// every npm package left external. Code splitting keeps the CLI's dynamic imports lazy: `--help`
// and client commands never load the worker. Type checking stays with `npm run typecheck`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleWorkflowCode } from '@temporalio/worker';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const started = Date.now();

/** Bundled per entry point, every npm package left external, shared code in chunks. */
const ESM_BUNDLES = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22.12',
  packages: 'external',
  sourcemap: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
};

await rm(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    'cli/main': 'src/cli/main.ts',
    worker: 'src/worker.ts',
  },
  outdir: dist,
  ...ESM_BUNDLES,
});

// The client package (packages/client), the one way the platform gets the client: src/client and
// src/api published on their own with @temporalio/client and @temporalio/common as peers, so the
// platform installs no worker. The worker's own package exports neither. Its `./codec` entry is
// the payload codec and data converter, for a platform whose worker encrypts.
const clientPackage = join(root, 'packages', 'client', 'dist');
await rm(clientPackage, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    index: 'src/client/index.ts',
    api: 'src/api/index.ts',
    codec: 'src/client/payload-encryption.ts',
  },
  outdir: clientPackage,
  ...ESM_BUNDLES,
});

// Its type declarations, with the file extensions Node's ESM resolution needs.
execFileSync(
  process.execPath,
  [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.types.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
await addDeclarationExtensions(join(clientPackage, 'types'));

// The worker loads this file instead of running webpack over the workflows at every start. The
// workflows path and bundler options are the compiled worker's own, so the prebuilt bundles are
// the ones it would make at start (the modules all workflows share included).
const { WORKFLOWS_PATH, WORKFLOW_BUNDLER_OPTIONS } = await import(
  pathToFileURL(join(dist, 'worker.js')).href
);
const { code } = await bundleWorkflowCode({
  workflowsPath: WORKFLOWS_PATH,
  ...WORKFLOW_BUNDLER_OPTIONS,
  logger: quietLogger(),
});
await writeFile(join(dist, 'workflow-bundle.js'), code);

// With PAYLOAD_ENCRYPTION_KEYS, failures raised in workflows are encoded in the sandbox too: that
// worker loads this bundle, which holds the encoding failure converter. The converter is a file
// the SDK loads by path, so it sits beside every compiled module that names it.
const converter = join(root, 'src', 'adapters', 'codec', 'encoding-failure-converter.cjs');
const encrypted = await bundleWorkflowCode({
  workflowsPath: WORKFLOWS_PATH,
  ...WORKFLOW_BUNDLER_OPTIONS,
  failureConverterPath: converter,
  logger: quietLogger(),
});
await writeFile(join(dist, 'workflow-bundle-encrypted.js'), encrypted.code);

// With OTEL_EXPORTER_OTLP_ENDPOINT the worker traces: its workflows need the OpenTelemetry
// workflow interceptors in the sandbox, so both bundles also come in a traced form.
const require = createRequire(import.meta.url);
const tracingInterceptors =
  require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');
for (const [file, failureConverterPath] of [
  ['workflow-bundle-traced.js', undefined],
  ['workflow-bundle-encrypted-traced.js', converter],
]) {
  const traced = await bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    ...WORKFLOW_BUNDLER_OPTIONS,
    workflowInterceptorModules: [tracingInterceptors],
    ...(failureConverterPath ? { failureConverterPath } : {}),
    logger: quietLogger(),
  });
  await writeFile(join(dist, file), traced.code);
}
for (const directory of [
  dist,
  join(dist, 'chunks'),
  join(dist, 'cli'),
  clientPackage,
  join(clientPackage, 'chunks'),
]) {
  if (existsSync(directory)) await copyFile(converter, join(directory, 'encoding-failure-converter.cjs'));
}

// Read at start for the default Worker Versioning build id: the image has no .git.
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
await writeFile(
  join(dist, 'build-info.json'),
  `${JSON.stringify({ version, commit: gitCommit() }, null, 2)}\n`,
);
console.log(`built dist/ and packages/client/dist/ in ${((Date.now() - started) / 1000).toFixed(1)}s`);

/** The checked-out commit (short), or null outside a git checkout; `GIT_COMMIT` wins (CI, docker build args). */
function gitCommit() {
  if (process.env.GIT_COMMIT) return process.env.GIT_COMMIT.slice(0, 12);
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    }).trim();
  } catch {
    return null;
  }
}

function quietLogger() {
  const ignore = () => undefined;
  return {
    log: ignore,
    trace: ignore,
    debug: ignore,
    info: ignore,
    warn: (message) => console.warn(message),
    error: (message) => console.error(message),
  };
}

/**
 * tsc keeps the sources' extensionless relative imports in the .d.ts files; a consumer resolving
 * with `node16` needs `./x.js` or `./x/index.js`, which works with `bundler` resolution too.
 */
async function addDeclarationExtensions(directory) {
  for (const entry of await readdir(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    const fixed = text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]*)\2/g, (whole, lead, quote, spec) => {
      if (/\.(js|json)$/.test(spec)) return whole;
      const base = join(entry.parentPath, spec);
      const target = existsSync(`${base}.d.ts`) ? `${spec}.js` : `${spec}/index.js`;
      return `${lead}${quote}${target}${quote}`;
    });
    if (fixed !== text) await writeFile(file, fixed);
  }
}
