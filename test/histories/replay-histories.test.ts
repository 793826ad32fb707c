import { Worker } from '@temporalio/worker';
import { beforeAll, expect, it } from 'vitest';
import { DEFAULT_SIM_ACCOUNT } from '../../tools/simulator';
import * as workflows from '../../src/workflows';
import { workflowBundle } from '../support/gong-harness';
import { hostname } from 'node:os';
import { CHECKOUT_DIR, readHistoryFiles, type HistoryFile } from './history-files';

let files: HistoryFile[];
beforeAll(async () => {
  files = await readHistoryFiles();
});

it('replays every committed history of the last release without nondeterminism', async () => {
  const results: { file: string; error: string | undefined }[] = [];
  const replay = Worker.runReplayHistories(
    { workflowBundle: workflowBundle() },
    files.map((file) => ({ workflowId: file.name, history: file.history })),
  );
  for await (const result of replay) {
    results.push({ file: result.workflowId, error: result.error?.message });
  }
  expect(results).toEqual(files.map((file) => ({ file: file.name, error: undefined })));
}, 120_000);

it('has a committed history of every workflow the worker runs', () => {
  const workflowTypes = Object.entries(workflows)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name);
  expect([...new Set(files.map((file) => file.workflowType))].sort()).toEqual(workflowTypes.sort());
});

it('keeps credentials, host names and checkout paths out of the committed histories', () => {
  for (const file of files) {
    expect(file.text).not.toContain(DEFAULT_SIM_ACCOUNT.accessKeySecret);
    expect(file.text).not.toContain(DEFAULT_SIM_ACCOUNT.accessKey);
    expect(file.text).not.toContain(CHECKOUT_DIR);
    expect(file.text).not.toContain(`@${hostname()}`);
  }
});
