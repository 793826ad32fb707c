import { describe, expect, it } from 'vitest';
import { connectionOfWorkflowId, conciseLogger, workerWarning } from '../../tools/dev/concise-logger';

describe("the worker's log lines in dev and demo", () => {
  it('name the connection and the workflow id, with the level spelled WARN', () => {
    const lines: string[] = [];
    const logger = conciseLogger((line) => lines.push(line));
    logger.warn('Activity failed', {
      workflowId: 'gong-health-sim-bad-keys-0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
      activityType: 'checkConnection',
      error: new Error('Validate credentials failed.'),
    });
    expect(lines).toEqual([
      'worker WARN [connection sim-bad-keys, workflow gong-health-sim-bad-keys-0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d]: Activity failed [checkConnection]: Validate credentials failed.',
    ]);
  });

  it("spell the worker's own warnings the same way", () => {
    const lines: string[] = [];
    workerWarning((line) => lines.push(line))('routing us-1.api.gong.io to the simulator');
    expect(lines).toEqual(['worker WARN: routing us-1.api.gong.io to the simulator']);
  });

  it.each([
    ['answer-acme-prod-0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', 'acme-prod'],
    ['search-calls-eu-1-0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', 'eu-1'],
    ['gong-health-acme-prod-2026-11-29T01:00:00Z', 'acme-prod'],
    ['someone-elses-run', null],
  ])('read the connection of run %s', (workflowId, connectionId) => {
    expect(connectionOfWorkflowId(workflowId)).toBe(connectionId);
  });
});
