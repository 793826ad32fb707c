import { z } from 'zod';
import type { WorkflowCodeMode } from '../app/deployment/choose-workflow-code';
import { zodSection } from './env';

export const workflowCodeSection = zodSection(
  [
    {
      names: ['GONG_WORKFLOW_BUNDLE'],
      meaning:
        '`auto` (default: the prebuilt bundle when running from `dist/`, else the sources), `prebuilt` or `source`',
    },
  ],
  z.object({
    GONG_WORKFLOW_BUNDLE: z
      .enum(['auto', 'prebuilt', 'source'], { error: 'must be auto, prebuilt or source' })
      .default('auto'),
  }),
  (parsed): WorkflowCodeMode => parsed.GONG_WORKFLOW_BUNDLE,
);
