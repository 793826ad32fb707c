import { z } from 'zod';
import { zodSection } from './env';

/** How much the worker takes on at once: the Temporal SDK's resource-based tuner and its sticky cache. */
export interface WorkerTuningSettings {
  /**
   * Fraction of memory the tuner keeps usage under before it stops handing out task slots: of the
   * container's cgroup memory limit when one is set (usage being the cgroup's anonymous memory),
   * else of the host's memory, where it bounds nothing a pod would notice.
   */
  targetMemoryUsage: number;
  /** Fraction of CPU the tuner keeps usage under before it stops handing out task slots. */
  targetCpuUsage: number;
  /** Most activities running at once, whatever the tuner would allow. */
  maxActivitySlots: number;
  /** Workflows kept in the sticky cache (each holds its state in the worker's memory). */
  maxCachedWorkflows: number;
}

const fraction = z.coerce.number().gt(0).max(1);

/** Worker-only: sized beside the pod's requests and limits (deploy/kubernetes/worker-deployment.yaml). */
export const workerTuningSection = zodSection(
  [
    {
      names: ['GONG_WORKER_TARGET_MEMORY', 'GONG_WORKER_TARGET_CPU'],
      meaning:
        "the SDK's resource-based tuner hands out new task slots while memory and CPU use stay under these fractions, default 0.7 and 0.8: of the container's cgroup limits when it has them, else of the host's (see Sizing the worker below)",
    },
    {
      names: ['GONG_WORKER_MAX_ACTIVITIES'],
      meaning:
        'most activities at once, default 40 (each holds one answer’s call content): the bound on what answers in flight hold, since the tuner only stops new slots; it may allow fewer',
    },
    {
      names: ['GONG_WORKER_MAX_CACHED_WORKFLOWS'],
      meaning: 'workflows kept in the sticky cache, default 250; an evicted one replays from its history',
    },
  ],
  z.object({
    GONG_WORKER_TARGET_MEMORY: fraction.default(0.7),
    GONG_WORKER_TARGET_CPU: fraction.default(0.8),
    GONG_WORKER_MAX_ACTIVITIES: z.coerce.number().int().min(1).max(2000).default(40),
    GONG_WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(250),
  }),
  (parsed): WorkerTuningSettings => ({
    targetMemoryUsage: parsed.GONG_WORKER_TARGET_MEMORY,
    targetCpuUsage: parsed.GONG_WORKER_TARGET_CPU,
    maxActivitySlots: parsed.GONG_WORKER_MAX_ACTIVITIES,
    maxCachedWorkflows: parsed.GONG_WORKER_MAX_CACHED_WORKFLOWS,
  }),
);
