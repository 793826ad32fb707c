import { expect, it } from 'vitest';
import { createProcessLogger } from '../../src/app/telemetry/process-logger';

function linesOf(format: 'json' | 'text', log: (logger: ReturnType<typeof createProcessLogger>) => void) {
  const lines: string[] = [];
  log(createProcessLogger({ format, level: 'info' }, (line) => lines.push(line)));
  return lines;
}

it('writes one JSON object per line with level, time, message and the SDK context renamed', () => {
  const [line = ''] = linesOf('json', (logger) =>
    logger.temporal.warn('Activity failed', { workflowId: 'wf-1', trace_id: 'abc', attempt: 2 }),
  );
  expect(JSON.parse(line)).toEqual({
    level: 'warn',
    time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    message: 'Activity failed',
    workflowId: 'wf-1',
    traceId: 'abc',
    attempt: 2,
  });
});

it('replaces fields named like credentials', () => {
  const [line = ''] = linesOf('json', (logger) =>
    logger.pino.info({ accessKeySecret: 'hunter2-secret', connection: { apiKey: 'sk-123' } }, 'saved'),
  );
  expect(line).not.toContain('hunter2-secret');
  expect(line).not.toContain('sk-123');
  expect(JSON.parse(line)).toMatchObject({
    accessKeySecret: '[redacted]',
    connection: { apiKey: '[redacted]' },
  });
});

it('writes `time LEVEL message key=value` lines for a terminal', () => {
  const [line = ''] = linesOf('text', (logger) =>
    logger.temporal.info('Worker state changed', { state: 'RUNNING' }),
  );
  expect(line).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}Worker state changed state=RUNNING$/);
});

it('drops lines below LOG_LEVEL', () => {
  expect(linesOf('json', (logger) => logger.temporal.debug('Activity started'))).toEqual([]);
});
