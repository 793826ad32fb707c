import type { WorkerDeploymentOptions } from '@temporalio/worker';
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
const DEFAULT_VERSIONING_BEHAVIOR = 'AUTO_UPGRADE' as const;

/** What the environment says about versioning (parsed in `src/config/versioning.ts`). */
export interface VersioningOptions {
  enabled: boolean;
  /** Null: the package version plus the git commit. */
  buildId: string | null;
  setCurrent: boolean;
}

/** How the worker takes part in Worker Versioning. */
export interface WorkerVersioning {
  /** `undefined` when versioning is off: the worker polls as an unversioned worker. */
  deployment: WorkerDeploymentOptions | undefined;
  /** Make this build the deployment's current version once the worker polls. */
  setCurrent: boolean;
}

/**
 * The worker's deployment options from the `versioning` settings. Versioning is off by default:
 * a versioned worker receives no task until its build is made current, which would stall a
 * deployment nobody promotes. `setCurrent` lets the worker promote its own build, for
 * single-worker deployments such as docker compose.
 */
export function workerVersioning(settings: VersioningOptions): WorkerVersioning {
  if (!settings.enabled) return { deployment: undefined, setCurrent: false };
  return {
    deployment: {
      version: { deploymentName: WORKER_DEPLOYMENT_NAME, buildId: resolveBuildId(settings.buildId) },
      useWorkerVersioning: true,
      defaultVersioningBehavior: DEFAULT_VERSIONING_BEHAVIOR,
    },
    setCurrent: settings.setCurrent,
  };
}
