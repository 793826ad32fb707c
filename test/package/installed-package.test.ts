import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

/** A project that installs only the client package, as a platform service does. */
let clientProject: string;
let installed: string;

/**
 * Packs the client package as the README says (`npm pack -w packages/client`, whose `prepack`
 * builds it from this checkout) and installs the tarball into a fresh project outside the repo.
 */
beforeAll(async () => {
  clientProject = await mkdtemp(join(tmpdir(), 'platform-client-project-'));
  const packed = await run('npm', ['pack', '-w', 'packages/client', '--pack-destination', clientProject], {
    cwd: REPO,
    maxBuffer: 64 * 2 ** 20,
  });
  // The build's own output comes first; the tarball's name is the last line npm prints.
  const clientTarball = packed.stdout.trim().split('\n').at(-1) ?? '';
  await writeFile(join(clientProject, 'package.json'), JSON.stringify({ name: 'platform', type: 'module' }));
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      join(clientProject, clientTarball),
    ],
    { cwd: clientProject, maxBuffer: 64 * 2 ** 20 },
  );
  installed = join(clientProject, 'node_modules', 'gong-temporal-worker-client');
}, 600_000);
afterAll(async () => {
  if (clientProject) await rm(clientProject, { recursive: true, force: true });
});

/** Every package name in an `npm ls --all --json` tree. */
function packageNames(
  tree: { dependencies?: Record<string, unknown> },
  names = new Set<string>(),
): Set<string> {
  for (const [name, child] of Object.entries(tree.dependencies ?? {})) {
    names.add(name);
    packageNames(child as { dependencies?: Record<string, unknown> }, names);
  }
  return names;
}

/** The `// src/...` and `// tools/...` module headers esbuild writes, of every file `entry` loads statically. */
async function sourceModulesLoadedBy(entry: string): Promise<Set<string>> {
  const modules = new Set<string>();
  const seen = new Set<string>();
  const visit = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    for (const [, source] of code.matchAll(/^\/\/ ((?:src|tools)\/\S+\.ts)$/gm)) modules.add(source ?? '');
    // Static imports only: a dynamic import() is not loaded by importing the entry.
    for (const [, spec] of code.matchAll(/^(?:import|export)[^;]*?from\s*"(\.{1,2}\/[^"]+)";?$/gm)) {
      await visit(join(dirname(file), spec ?? ''));
    }
    for (const [, spec] of code.matchAll(/^import\s*"(\.{1,2}\/[^"]+)";?$/gm)) {
      await visit(join(dirname(file), spec ?? ''));
    }
  };
  await visit(entry);
  return modules;
}

describe('the client package the platform installs on its own', () => {
  it('installs the client with the Temporal SDK as a peer, and without the worker, pg, openai or the simulator', async () => {
    const { stdout } = await run('npm', ['ls', '--all', '--json'], {
      cwd: clientProject,
      maxBuffer: 64 * 2 ** 20,
    });
    const names = packageNames(JSON.parse(stdout) as { dependencies?: Record<string, unknown> });
    expect(names).toContain('gong-temporal-worker-client');
    expect(names).toContain('@temporalio/client');
    expect(names).toContain('@temporalio/common');
    expect(
      [...names].filter((name) =>
        /^(@temporalio\/(worker|activity|workflow|nexus)|pg|openai|gong-temporal-worker)$/.test(name),
      ),
    ).toEqual([]);
    const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as {
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
      dependencies?: Record<string, string>;
    };
    expect(Object.keys(manifest.peerDependencies ?? {}).sort()).toEqual([
      '@temporalio/client',
      '@temporalio/common',
      '@temporalio/interceptors-opentelemetry',
    ]);
    // Only `tracingClientInterceptors()` needs it, and loads it on first use.
    expect(manifest.peerDependenciesMeta?.['@temporalio/interceptors-opentelemetry']?.optional).toBe(true);
    expect(Object.keys(manifest.dependencies ?? {})).not.toContain('@temporalio/client');
  });

  it('ships its MIT licence', async () => {
    expect(await readFile(join(installed, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) 2026 gong-temporal-worker contributors\n/,
    );
  });

  it('resolves for tools that ask for neither import nor require (the default condition)', () => {
    // `require.resolve` asks for the require condition: only `default` can answer it.
    const requireFromPlatform = createRequire(join(clientProject, 'index.cjs'));
    expect(requireFromPlatform.resolve('gong-temporal-worker-client')).toBe(
      join(installed, 'dist', 'index.js'),
    );
    expect(requireFromPlatform.resolve('gong-temporal-worker-client/api')).toBe(
      join(installed, 'dist', 'api.js'),
    );
  });

  it('validates and describes failures from plain Node, like the sources', async () => {
    const script = join(clientProject, 'use.mjs');
    await writeFile(
      script,
      `import { describeWorkflowError, InvalidInputError, startAnswerQuestion } from 'gong-temporal-worker-client';
import { DEFAULT_TASK_QUEUE, FailureTypes, gongWorkflowRegistry, prepareGongRun, GONG_CONNECTION_ID } from 'gong-temporal-worker-client/api';
const refused = await startAnswerQuestion(null, { connectionId: 'acme', customerName: '', question: 'q' }).catch((e) => e);
console.log(JSON.stringify({
  queue: DEFAULT_TASK_QUEUE,
  auth: FailureTypes.gongAuth,
  attribute: GONG_CONNECTION_ID.name,
  invalid: refused instanceof InvalidInputError,
  kind: describeWorkflowError(refused).kind,
  timeout: gongWorkflowRegistry.gongHealthCheck.executionTimeout,
  prepared: prepareGongRun('gongHealthCheck', { connectionId: 'acme' }).ok,
}));
`,
    );
    const { stdout } = await run(process.execPath, [script], { cwd: clientProject });
    expect(JSON.parse(stdout)).toEqual({
      queue: 'gong',
      auth: 'GongAuthError',
      attribute: 'GongConnectionId',
      invalid: true,
      kind: 'invalid_input',
      timeout: '10 minutes',
      prepared: true,
    });
  });

  it('loads neither the worker, the connection store nor the dev tooling', async () => {
    for (const entry of ['dist/index.js', 'dist/api.js']) {
      const modules = [...(await sourceModulesLoadedBy(join(installed, entry)))];
      expect(modules.length, entry).toBeGreaterThan(0);
      expect(
        modules.filter((m) =>
          /^(tools\/|src\/(worker|activities|workflows|connections|postgres|config|cli|codec)\b)/.test(m),
        ),
        entry,
      ).toEqual([]);
    }
  });

  it.each(['node16', 'bundler'])(
    'type-checks TypeScript against it with moduleResolution %s',
    async (resolution) => {
      const dir = join(clientProject, `ts-${resolution}`);
      await mkdir(dir, { recursive: true });
      await writeFile(
        join(dir, 'platform.ts'),
        `import { Client } from '@temporalio/client';
import { answerQuestionAboutCustomerCall, describeWorkflowError } from 'gong-temporal-worker-client';
import type { AnswerQuestionResult, GongWorkflowType } from 'gong-temporal-worker-client/api';

export async function ask(client: Client): Promise<string> {
  const type: GongWorkflowType = 'answerQuestionAboutCustomerCall';
  try {
    const result: AnswerQuestionResult = await answerQuestionAboutCustomerCall(client, {
      connectionId: 'acme',
      customerName: 'Acme',
      question: 'What did they say about pricing?',
    });
    return \`\${type}: \${result.answer}\`;
  } catch (error) {
    return describeWorkflowError(error).kind;
  }
}
`,
      );
      const module = resolution === 'node16' ? 'node16' : 'esnext';
      await writeFile(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            target: 'es2022',
            module,
            moduleResolution: resolution,
            skipLibCheck: true,
            types: [],
          },
          files: ['platform.ts'],
        }),
      );
      const { stdout } = await run(process.execPath, [TSC, '-p', dir], { cwd: clientProject }).catch(
        (error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }),
      );
      expect(stdout).toBe('');
    },
  );
});

it("is the one way to the client: the worker's own package exports neither ./client nor ./api", async () => {
  const manifest = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as {
    private?: boolean;
    exports?: Record<string, unknown>;
  };
  expect(manifest.private).toBe(true);
  expect(Object.keys(manifest.exports ?? {})).toEqual(['./package.json']);
});
