import { heartbeat } from '@temporalio/activity';

/** How often to heartbeat while waiting, well inside the shortest heartbeat timeout (20 s). */
const IN_FLIGHT_HEARTBEAT_MS = 5_000;

/**
 * Keeps heartbeating `details` while `work` waits on something slow: a Gong page in flight, the
 * request pacer, a `Retry-After` pause or the answering model. Without it a single slow answer
 * longer than the heartbeat timeout kills the attempt although nothing is wrong, and a
 * cancellation only reaches the activity with its next heartbeat.
 */
export async function whileHeartbeating<T>(details: unknown, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => heartbeat(details), IN_FLIGHT_HEARTBEAT_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
