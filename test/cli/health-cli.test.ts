import { randomUUID } from 'node:crypto';
import { ScheduleNotFoundError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGongHarness, type GongHarness } from '../support/gong-harness';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
});
afterAll(() => h?.close());

/** A connection id of this file alone: schedules live on the server every test file shares. */
const uniqueId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('gong-worker health', () => {
  it('schedule, then status shows a healthy run, then unschedule deletes the schedule', async () => {
    const id = uniqueId('scheduled');
    await h.addConnection(id);
    await h.withWorker(async (taskQueue) => {
      const scheduled = await h.cli(taskQueue, 'health', 'schedule', '--connection', id, '--every', '1h');
      expect(scheduled).toMatchObject({ code: 0, err: '' });
      expect(scheduled.out).toBe(`Created schedule gong-health-${id}: every 1h, overlapping runs skipped`);

      await h.client.schedule.getHandle(`gong-health-${id}`).trigger();
      let status = await h.cli(taskQueue, 'health', 'status', '--connection', id);
      for (let i = 0; i < 60 && !/ {2}healthy$/m.test(status.out); i++) {
        await sleep(500);
        status = await h.cli(taskQueue, 'health', 'status', '--connection', id);
      }
      expect(status.code).toBe(0);
      expect(status.out).toMatch(new RegExp(`^gong-health-${id}: every 1h; next run \\S+`));
      expect(status.out).toMatch(/^ {2}\d{4}-\d{2}-\d{2}T\S+Z {2}healthy$/m);

      const unscheduled = await h.cli(taskQueue, 'health', 'unschedule', '--connection', id);
      expect(unscheduled.out).toBe(`Deleted the health-check schedule of "${id}".`);
      expect((await h.cli(taskQueue, 'health', 'status', '--connection', id)).code).toBe(1);
    });
  });

  it('status of a connection without a schedule exits 1 saying how to create one', async () => {
    const id = uniqueId('unscheduled');
    await h.addConnection(id);
    const { code, out, err } = await h.cli('unused', 'health', 'status', '--connection', id);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      `error: no health-check schedule for "${id}"; create one with "gong-worker health schedule --connection ${id}"`,
    );
  });

  it('schedule refuses an --every that is not an interval, naming the flag, exit 2', async () => {
    const id = uniqueId('bad-interval');
    await h.addConnection(id);
    const { code, err } = await h.cli('unused', 'health', 'schedule', '--connection', id, '--every', 'often');
    expect(code).toBe(2);
    expect(err).toBe(
      'error: --every must be an interval from 1m to 30d, such as 15m, 1h or "15 minutes"; got "often"',
    );
    await expect(h.client.schedule.getHandle(`gong-health-${id}`).describe()).rejects.toBeInstanceOf(
      ScheduleNotFoundError,
    );
  });

  it('schedule of a connection that does not exist exits 1 and creates no schedule', async () => {
    const id = uniqueId('missing');
    const { code, err } = await h.cli('unused', 'health', 'schedule', '--connection', id);
    expect(code).toBe(1);
    expect(err).toBe(
      `error: Gong connection "${id}" does not exist in the file store in ${h.connectionsDir} (GONG_CONNECTIONS_DIR)`,
    );
    await expect(h.client.schedule.getHandle(`gong-health-${id}`).describe()).rejects.toBeInstanceOf(
      ScheduleNotFoundError,
    );
  });
});
