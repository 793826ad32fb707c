import { z } from 'zod';
import { zodSection } from './env';

/** How much the worker takes on at once: the Temporal SDK's slot suppliers and its sticky cache. */
export interface WorkerTuningSettings {
  /** Most activities running at once: each answer in flight holds its calls' content and transcripts. */
  maxActivitySlots: number;
  /** Most workflow tasks running at once (each a short burst of workflow code). */
  maxWorkflowTaskSlots: number;
  /** Workflows kept in the sticky cache (each holds its state in the workflow thread's memory). */
  maxCachedWorkflows: number;
}

const slots = (most: number) => z.coerce.number().int().min(1).max(most);

/** Worker-only: sized beside the pod's requests and limits (deploy/kubernetes/worker-deployment.yaml). */
export const workerTuningSection = zodSection(
  [
    {
      names: ['GONG_WORKER_MAX_ACTIVITIES'],
      meaning:
        'most activities at once, default 50: about one per account a batch keeps busy at Gong’s 3 requests a second; each answer in flight holds its calls’ content and transcripts, so this bounds the memory answers take (see Sizing the worker below)',
    },
    {
      names: ['GONG_WORKER_MAX_WORKFLOW_TASKS'],
      meaning:
        'most workflow tasks at once, default 20, and as many polls: a fifth of them (4) take new runs, which waited up to 45 s to start in a 500-answer batch with 2 (see Sizing the worker below)',
    },
    {
      names: ['GONG_WORKER_MAX_CACHED_WORKFLOWS'],
      meaning:
        'workflows kept in the sticky cache, default 500: a batch’s answers in flight, about 0.15 MiB each in the workflow thread’s heap; an evicted one is created again and replays its history, which costs CPU (see Sizing the worker below)',
    },
  ],
  z.object({
    GONG_WORKER_MAX_ACTIVITIES: slots(2000).default(50),
    // At least 2: the SDK's minimum with a sticky cache.
    GONG_WORKER_MAX_WORKFLOW_TASKS: z.coerce.number().int().min(2).max(1000).default(20),
    // At least 2 (the SDK's minimum when caching), or 0 for no sticky cache.
    GONG_WORKER_MAX_CACHED_WORKFLOWS: z.coerce
      .number()
      .int()
      .refine((value) => value === 0 || (value >= 2 && value <= 100_000), 'must be 0, or 2 to 100000')
      .default(500),
  }),
  (parsed): WorkerTuningSettings => ({
    maxActivitySlots: parsed.GONG_WORKER_MAX_ACTIVITIES,
    maxWorkflowTaskSlots: parsed.GONG_WORKER_MAX_WORKFLOW_TASKS,
    maxCachedWorkflows: parsed.GONG_WORKER_MAX_CACHED_WORKFLOWS,
  }),
);
