import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/config/settings';
import type { WorkerTuningSettings } from '../../src/config/worker-tuning';
import { readWorkerManifest, type WorkerManifest } from '../support/worker-manifest';

/**
 * What the worker holds, as `npm run bench:batch` measured it with a probe of each V8 heap's live
 * size after a full collection (docs/performance.md, "A batch on one worker"), in MiB.
 */
const MEASURED = {
  /** The workflow thread's heap with the bundle loaded and zod shared, before any workflow. */
  workflowThread: 35,
  /** Each workflow in the sticky cache: 110 KiB when created, and what its run holds. */
  cachedWorkflow: 0.15,
  /** The main thread's heap once it has answered: the worker's modules, the language model, WordNet. */
  mainThread: 70,
  /** Each answer in flight, a listing page or the calls' content and transcripts: up to 49 MiB for 50. */
  answerInFlight: 1,
  /** The process besides its two heaps (code, the Temporal core and its cached runs, buffers): 215 at most. */
  outsideTheHeaps: 230,
  /** The worker's peak RSS in a 500- and a 1,000-answer batch with the defaults. */
  batchPeakRss: 645,
};

const run = promisify(execFile);

let manifest: WorkerManifest;
let defaults: WorkerTuningSettings;
beforeAll(async () => {
  manifest = await readWorkerManifest();
  defaults = parseSettings({}, ['workerTuning']).workerTuning;
});

/** The old space NODE_OPTIONS gives each heap, in MiB. */
function oldSpaceMiB(): number {
  const value = /--max-old-space-size=(\d+)/.exec(manifest.nodeOptions)?.[1];
  if (value === undefined)
    throw new Error(`NODE_OPTIONS (${manifest.nodeOptions}) sets no --max-old-space-size`);
  return Number(value);
}

describe("the worker's Kubernetes manifest, sized for the tuning defaults", () => {
  it('names the defaults it was sized for', () => {
    expect(manifest.text).toContain(`GONG_WORKER_MAX_ACTIVITIES ${defaults.maxActivitySlots}`);
    expect(manifest.text).toContain(`GONG_WORKER_MAX_WORKFLOW_TASKS ${defaults.maxWorkflowTaskSlots}`);
    expect(manifest.text).toContain(`GONG_WORKER_MAX_CACHED_WORKFLOWS ${defaults.maxCachedWorkflows}`);
  });

  // V8 needs about as much room again as what is live to collect garbage without doing little else.
  it("gives the workflow thread's heap room for a full sticky cache, and as much again for garbage", () => {
    const held = MEASURED.workflowThread + defaults.maxCachedWorkflows * MEASURED.cachedWorkflow;
    expect(2 * held).toBeLessThanOrEqual(oldSpaceMiB());
  });

  it("gives the main thread's heap room for an answer in every activity slot, and as much again for garbage", () => {
    const held = MEASURED.mainThread + defaults.maxActivitySlots * MEASURED.answerInFlight;
    expect(2 * held).toBeLessThanOrEqual(oldSpaceMiB());
  });

  it('holds both heaps at the limit V8 sets them and the rest of the process under the memory limit', async () => {
    // V8's own limit of each heap under NODE_OPTIONS: its old space and its young generation.
    const { stdout } = await run(
      process.execPath,
      ['-p', "require('node:v8').getHeapStatistics().heap_size_limit"],
      { env: { NODE_OPTIONS: manifest.nodeOptions } },
    );
    const heapLimitMiB = Number(stdout) / 2 ** 20;
    expect(MEASURED.outsideTheHeaps + 2 * heapLimitMiB).toBeLessThanOrEqual(manifest.memoryLimitMiB);
  });

  it('requests at least the memory a batch measured at its peak', () => {
    expect(manifest.memoryRequestMiB).toBeGreaterThanOrEqual(MEASURED.batchPeakRss);
    expect(manifest.memoryLimitMiB).toBeGreaterThanOrEqual(manifest.memoryRequestMiB);
  });
});
