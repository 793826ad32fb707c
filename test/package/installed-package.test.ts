import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import proto from '@temporalio/proto';
import { generateEncryptionKeyEntry } from '../../src/adapters/codec';
import { encryptionKeyIdsIn } from '../../src/adapters/codec/payload-key-ids';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

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
      '@temporalio/proto',
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
import { encryptingDataConverter, parseEncryptionKeys } from 'gong-temporal-worker-client/codec';

export const encrypting = (keys: string) => encryptingDataConverter(parseEncryptionKeys(keys));

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

describe("the client package's codec, reading what an encrypting worker wrote", () => {
  const KEYS = generateEncryptionKeyEntry('platform-key');
  let h: GongHarness;
  beforeAll(async () => {
    h = await startGongHarness({}, { payloadEncryptionKeys: KEYS });
    await h.addConnection('acme-prod');
    await h.addConnection('acme-revoked', { accessKeySecret: 'revoked-secret-0000' });
  });
  afterAll(() => h?.close());

  /** Runs a health check of `connectionId` on an encrypting worker; its workflow id and what the sources' client read. */
  async function encryptedHealthCheck(connectionId: string) {
    return h.withWorker(async (taskQueue) => {
      const handle = await h.client.workflow.start('gongHealthCheck', {
        taskQueue,
        workflowId: `package-codec-${connectionId}-${Date.now()}`,
        args: [{ connectionId }],
      });
      const outcome = await handle.result().then(
        (result: unknown) => ({ result }),
        (error: { cause?: { message?: string } }) => ({ failure: error.cause?.message }),
      );
      // Stored encrypted: the close event holds only payloads of the codec, under the worker's key.
      const { history } = await h.rawClient.workflowService.getWorkflowExecutionHistory({
        namespace: 'default',
        execution: { workflowId: handle.workflowId },
        historyEventFilterType:
          proto.temporal.api.enums.v1.HistoryEventFilterType.HISTORY_EVENT_FILTER_TYPE_CLOSE_EVENT,
      });
      expect(encryptionKeyIdsIn(history)).toEqual(['platform-key']);
      return { workflowId: handle.workflowId, outcome };
    });
  }

  /** Reads run `workflowId` from plain Node in the platform's project, with the package's `./codec`. */
  async function readFromPlatform(workflowId: string): Promise<unknown> {
    const script = join(clientProject, 'read-encrypted.mjs');
    await writeFile(
      script,
      `import { Client, Connection } from '@temporalio/client';
import { encryptingDataConverter, parseEncryptionKeys } from 'gong-temporal-worker-client/codec';
const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
const dataConverter = encryptingDataConverter(parseEncryptionKeys(process.env.PAYLOAD_ENCRYPTION_KEYS));
const client = new Client({ connection, namespace: 'default', dataConverter });
const outcome = await client.workflow.getHandle(process.env.WORKFLOW_ID).result().then(
  (result) => ({ result }),
  (error) => ({ failure: error.cause?.message }),
);
await connection.close();
console.log(JSON.stringify(outcome));
`,
    );
    const { stdout } = await run(process.execPath, [script], {
      cwd: clientProject,
      env: {
        PATH: process.env.PATH,
        TEMPORAL_ADDRESS: h.temporal.address,
        PAYLOAD_ENCRYPTION_KEYS: KEYS,
        WORKFLOW_ID: workflowId,
      },
    });
    return JSON.parse(stdout);
  }

  it("decrypts the worker's encrypted result with encryptingDataConverter from gong-temporal-worker-client/codec", async () => {
    const { workflowId, outcome } = await encryptedHealthCheck('acme-prod');
    expect(outcome).toMatchObject({ result: { connectionId: 'acme-prod' } });
    expect(await readFromPlatform(workflowId)).toEqual(outcome);
  });

  it('reads an encrypted failure\'s own message, not "Encoded failure"', async () => {
    const { workflowId, outcome } = await encryptedHealthCheck('acme-revoked');
    expect(outcome).toEqual({ failure: expect.stringMatching(/\S/) });
    expect(outcome).not.toEqual({ failure: 'Encoded failure' });
    expect(await readFromPlatform(workflowId)).toEqual(outcome);
  });
});

it("is the one way to the client: the worker's own package exports neither ./client nor ./api", async () => {
  const manifest = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as {
    private?: boolean;
    exports?: Record<string, unknown>;
  };
  expect(manifest.private).toBe(true);
  expect(Object.keys(manifest.exports ?? {})).toEqual(['./package.json']);
});
