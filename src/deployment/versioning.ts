import type { WorkerDeploymentOptions } from '@temporalio/worker';
import { z } from 'zod';
import { resolveBuildId } from './build-id';

/** The Worker Deployment every gong worker joins; its versions are the build ids. */
export const WORKER_DEPLOYMENT_NAME = 'gong-worker';

/**
 * AUTO_UPGRADE rather than PINNED: every workflow here is short (seconds to minutes), and the
 * usual deployment replaces the one worker (docker compose, a rolling Kubernetes update). A run
 * pinned to the old build would wait for a worker of that build that never comes back, while an
 * auto-upgrading run continues on the new build at its next workflow task. That is safe only if
 * the new build replays the old histories, which is exactly what test/histories/ checks in CI.
 */
export const DEFAULT_VERSIONING_BEHAVIOR = 'AUTO_UPGRADE' as const;

const versioningSchema = z.object({
  GONG_WORKER_VERSIONING: z
    .enum(['on', 'off'], { error: 'GONG_WORKER_VERSIONING must be on or off' })
    .default('off'),
  GONG_WORKER_SET_CURRENT: z
    .enum(['0', '1'], { error: 'GONG_WORKER_SET_CURRENT must be 0 or 1' })
    .default('0'),
});

/** How the worker takes part in Worker Versioning. */
export interface VersioningSettings {
  /** `undefined` when versioning is off: the worker polls as an unversioned worker. */
  deployment: WorkerDeploymentOptions | undefined;
  /** Make this build the deployment's current version once the worker polls. */
  setCurrent: boolean;
}

/**
 * Reads `GONG_WORKER_VERSIONING` (default `off`: a versioned worker receives no task until its
 * build is made current, which would stall a deployment nobody promotes), `GONG_WORKER_BUILD_ID`
 * and `GONG_WORKER_SET_CURRENT` (`1`: the worker promotes its own build, for single-worker
 * deployments such as docker compose).
 */
export function versioningFromEnv(env: Record<string, string | undefined>): VersioningSettings {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = versioningSchema.safeParse(blankAsUnset);
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues[0]?.message}`);
  if (parsed.data.GONG_WORKER_VERSIONING === 'off') {
    if (parsed.data.GONG_WORKER_SET_CURRENT === '1') {
      throw new Error('Invalid environment: GONG_WORKER_SET_CURRENT=1 needs GONG_WORKER_VERSIONING=on');
    }
    return { deployment: undefined, setCurrent: false };
  }
  return {
    deployment: {
      version: { deploymentName: WORKER_DEPLOYMENT_NAME, buildId: resolveBuildId(env) },
      useWorkerVersioning: true,
      defaultVersioningBehavior: DEFAULT_VERSIONING_BEHAVIOR,
    },
    setCurrent: parsed.data.GONG_WORKER_SET_CURRENT === '1',
  };
}
