import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestionAboutCustomerCall } from '../../src/client';
import { createDataSet } from '../../tools/simulator';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { containersOf, renderKustomization } from '../support/rendered-deployment';
import { uniqueTaskQueue } from '../support/temporal';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** What the image's build stage copies from the checkout before `npm run build`. */
const BUILD_INPUTS = [
  'package.json',
  'package-lock.json',
  'packages/client/package.json',
  'tsconfig.json',
  'tsconfig.types.json',
  'scripts',
  'src',
  'bin',
];

let scratch: string;
let runtime: string;
let h: GongHarness;
let worker: WorkerProcess | undefined;
const taskQueue = uniqueTaskQueue('runtime-tree');

/**
 * The worker container's command and the environment values the Kubernetes manifest sets itself
 * (NODE_OPTIONS' heap limit, TMPDIR, the compile cache), as kustomize renders them; the ConfigMap's
 * and Secret's values name the cluster's hosts, so the harness gives its own in their place.
 */
async function deployedWorker(): Promise<{ args: string[]; env: Record<string, string> }> {
  const [container] = containersOf(await renderKustomization({ config: {}, secrets: {} }), 'gong-worker');
  if (!container) throw new Error('the worker Deployment has no container');
  const env = (container.env ?? []).flatMap((entry) =>
    entry.value === undefined ? [] : [[entry.name, entry.value] as const],
  );
  return { args: [...(container.command ?? []), ...(container.args ?? [])], env: Object.fromEntries(env) };
}

/**
 * Builds a copy of the checkout as the image's build stage does (its own dist/, so specs that
 * rebuild this checkout's dist/ meanwhile cannot disturb it), assembles the runtime tree with
 * `scripts/assemble-runtime.sh` into a fresh folder, and starts the worker from that folder as the
 * image and the Kubernetes manifest do: `node bin/gong-worker.js worker`, NODE_ENV=production and
 * the manifest's own environment values.
 */
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'runtime-tree-'));
  const build = join(scratch, 'build');
  runtime = join(scratch, 'app');
  await Promise.all(
    BUILD_INPUTS.map(async (path) => {
      await mkdir(join(build, path, '..'), { recursive: true });
      await cp(join(REPO, path), join(build, path), { recursive: true });
    }),
  );
  await symlink(join(REPO, 'node_modules'), join(build, 'node_modules'));
  await run(process.execPath, ['scripts/build.mjs'], { cwd: build, maxBuffer: 64 * 2 ** 20 });
  await run('sh', [join(build, 'scripts', 'assemble-runtime.sh'), runtime], { maxBuffer: 64 * 2 ** 20 });

  const deployed = await deployedWorker();
  expect(deployed.args).toEqual(['node', 'bin/gong-worker.js', 'worker']);
  expect(deployed.env.NODE_OPTIONS).toMatch(/--max-old-space-size=\d+/);
  h = await startGongHarness();
  await h.addConnection('acme-prod');
  h.simulator.dataSet = createDataSet({ seed: 42, now: new Date() });
  worker = await startWorkerProcess(
    { ...deployed.env, ...h.workerProcessEnv(taskQueue), NODE_ENV: 'production' },
    { bin: join(runtime, 'bin', 'gong-worker.js') },
  );
}, 600_000);
afterAll(async () => {
  await worker?.kill();
  await h?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("the runtime tree the image runs, with the Kubernetes manifest's environment", () => {
  it.each([
    ['pricing', 'What did they say about pricing?'],
    ['next steps', 'What are the next steps?'],
    ['concerns', 'What concerns did they raise?'],
    ['when', 'When do they plan to go live?'],
    ['who', 'Who joined the calls?'],
    ['outcome', 'What was the outcome of the calls?'],
    ['competitors', 'Which competitors did they mention?'],
    ['what happened', 'What happened on the recent calls?'],
    ['topic', 'What did they say about the SAP connector?'],
  ])('answers a %s question with cited calls', async (_kind, question) => {
    const result = await answerQuestionAboutCustomerCall(
      h.client,
      // Every call of the seeded story, so the older ones (a competitor's quote) are read too.
      { connectionId: 'acme-prod', customerName: 'Acme', question, maxCalls: 20 },
      { taskQueue },
    );

    expect(result.status).toBe('answered');
    expect(result.citations.length).toBeGreaterThan(0);
  });

  // Runs after the questions: WordNet was opened by then, and would have been told unreadable.
  it('ranks with WordNet: the worker never reports it unreadable', () => {
    expect(worker?.output.join('')).toContain('Gong worker polling');
    expect(worker?.output.join('')).not.toContain('WordNet could not be read');
  });
});
