import type { Client } from '@temporalio/client';
import { healthScheduleId } from '../api';

const PREFIX = healthScheduleId('');

/**
 * The connection ids of health-check Schedules on `taskQueue` whose connection is not in
 * `known`: left behind by a connection removed without them, they fail every interval. Schedules
 * of other task queues belong to other deployments (and stores) sharing the namespace.
 */
export async function findOrphanSchedules(
  client: Client,
  taskQueue: string,
  known: ReadonlySet<string>,
): Promise<string[]> {
  const candidates: string[] = [];
  for await (const schedule of client.schedule.list()) {
    const connectionId = schedule.scheduleId.slice(PREFIX.length);
    if (schedule.scheduleId.startsWith(PREFIX) && !known.has(connectionId)) candidates.push(connectionId);
  }
  const ours = await Promise.all(
    candidates.map(async (connectionId) => {
      const description = await client.schedule
        .getHandle(healthScheduleId(connectionId))
        .describe()
        .catch(() => null /* deleted meanwhile */);
      return description?.action.taskQueue === taskQueue ? connectionId : null;
    }),
  );
  return ours.filter((id): id is string => id !== null).sort();
}
