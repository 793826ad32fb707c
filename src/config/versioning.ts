import { z } from 'zod';
import { buildIdSchema } from '../app/deployment/build-id';
import type { VersioningOptions } from '../app/deployment/worker-versioning';
import { zodSection } from './env';

/** Whether and how the worker takes part in Worker Versioning. */
export type VersioningSettings = VersioningOptions;

export const versioningSection = zodSection(
  [
    {
      names: ['GONG_WORKER_VERSIONING', 'GONG_WORKER_BUILD_ID', 'GONG_WORKER_SET_CURRENT'],
      meaning:
        'Worker Versioning (opt-in): deployment `gong-worker`, build id (default version + commit), promote this build at start',
    },
  ],
  z
    .object({
      GONG_WORKER_VERSIONING: z.enum(['on', 'off'], { error: 'must be on or off' }).default('off'),
      GONG_WORKER_BUILD_ID: buildIdSchema.optional(),
      GONG_WORKER_SET_CURRENT: z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('0'),
    })
    .superRefine((parsed, context) => {
      if (parsed.GONG_WORKER_VERSIONING === 'off' && parsed.GONG_WORKER_SET_CURRENT === '1') {
        context.addIssue({
          code: 'custom',
          path: ['GONG_WORKER_SET_CURRENT'],
          message: '1 needs GONG_WORKER_VERSIONING=on',
        });
      }
    }),
  (parsed): VersioningSettings => ({
    enabled: parsed.GONG_WORKER_VERSIONING === 'on',
    buildId: parsed.GONG_WORKER_BUILD_ID ?? null,
    setCurrent: parsed.GONG_WORKER_SET_CURRENT === '1',
  }),
);
