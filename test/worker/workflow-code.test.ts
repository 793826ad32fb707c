import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
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

  it('loads zod once for every workflow of a thread, before the first one, rather than again for each', async () => {
    // The bundle test/global-setup.ts made with the worker's own bundler options.
    const code = await readFile(inject('workflowBundles')[''] ?? '', 'utf8');
    const preload = /exports\.preloadModules = function preloadModules\(\) \{([^}]*)\}/.exec(code)?.[1] ?? '';
    expect(preload).toContain('./src/workflows/shared-zod.ts');
  });
});
