import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/config/settings';
import { chooseWorkflowCode } from '../../src/app/deployment/choose-workflow-code';
import { packageRoot } from '../../src/app/deployment/package-root';

describe('the workflow code a worker runs', () => {
  it('is the sources when the worker runs from src/, even if dist/ holds an older bundle', () => {
    expect(chooseWorkflowCode('auto')).toEqual({
      kind: 'source',
      workflowsPath: join(packageRoot(), 'src', 'workflows', 'index.ts'),
    });
  });

  it('refuses an unknown GONG_WORKFLOW_BUNDLE, naming the variable and the choices', () => {
    expect(() => parseSettings({ GONG_WORKFLOW_BUNDLE: 'fast' }, ['workflowCode'])).toThrow(
      'GONG_WORKFLOW_BUNDLE: must be auto, prebuilt or source',
    );
  });
});
