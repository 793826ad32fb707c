import type { Command } from 'commander';
import { ScheduleNotFoundError, type Client } from '@temporalio/client';
import {
  describeWorkflowError,
  DEFAULT_HEALTH_INTERVAL,
  getHealthCheckStatus,
  type HealthCheckStatus,
  startHealthCheck,
  scheduleHealthCheck,
  unscheduleHealthCheck,
} from '../../client';
import { MAX_HEALTH_INTERVAL_MS, MIN_HEALTH_INTERVAL_MS } from '../../api';
import { formatInterval, intervalSchema } from '../../api/interval';
import { awaitRun } from '../await-run';
import { DEFAULT_WORKER_TIMEOUT, parseWorkerTimeout, WORKER_TIMEOUT_HELP } from '../wait-for-worker';
import { CommandFailedError, ReportedFailureError, UsageError, type CliIo } from '../io';
import { findOrphanSchedules } from '../orphan-schedules';
import { quotaWarning } from '../quota-warning';
import { formatTable } from '../table';
import { openStore } from '../../app/open-store';
import { storeSettingsOf, withStore } from './connections-command';
import { withClient, withRunClient } from './with-client';

/** `gong-worker health run|schedule|status|unschedule`. */
export function registerHealthCommands(program: Command, io: CliIo): void {
  const health = program.command('health').description('Check that Gong connections work');

  health
    .command('run')
    .description('Run the health check now and wait for it')
    .requiredOption('--connection <id>', 'connection id')
    .option('--json', 'print JSON')
    .option('--worker-timeout <duration>', WORKER_TIMEOUT_HELP, DEFAULT_WORKER_TIMEOUT)
    .action(async (flags: { connection: string; json?: boolean; workerTimeout: string }) =>
      withRunClient(io, async ({ client, address }, taskQueue) => {
        const workerTimeoutMs = parseWorkerTimeout(flags.workerTimeout);
        const handle = await startHealthCheck(client, { connectionId: flags.connection }, { taskQueue });
        const result = await awaitRun(io, client, handle, {
          taskQueue,
          workerTimeoutMs,
          address,
          failed: (error) => {
            const { kind, message: reason } = describeWorkflowError(error);
            return kind === 'connection_store_unavailable'
              ? new CommandFailedError(
                  `not checked: connection "${flags.connection}": ${reason}`,
                  'store-unavailable',
                  {
                    connectionId: flags.connection,
                  },
                )
              : new CommandFailedError(
                  `unhealthy: connection "${flags.connection}": ${reason}`,
                  'unhealthy',
                  {
                    connectionId: flags.connection,
                  },
                );
          },
        });
        io.out(
          flags.json
            ? JSON.stringify(result, null, 2)
            : `healthy: connection "${result.connectionId}" (${result.baseUrl}) works; ${result.userCount} users; checked ${result.checkedAt}`,
        );
      }),
    );

  health
    .command('schedule')
    .description(
      'Create or update the health-check Schedule of one or every connection (one Gong request per check)',
    )
    .option('--connection <id>', 'connection id (default: every connection)')
    .option(
      '--every <interval>',
      `interval from 1m to 30d, e.g. 15m, 1h (default: an existing schedule keeps its own, a new one ${DEFAULT_HEALTH_INTERVAL})`,
    )
    .option('--all', 'without --connection: also connections whose latest scheduled check failed')
    .action(async (flags: { connection?: string; every?: string; all?: boolean; json?: boolean }) => {
      const every = flags.every === undefined ? undefined : intervalFlag('--every', flags.every);
      // The same limit the store counts against (GONG_DAILY_REQUEST_LIMIT, default 10,000).
      const { dailyRequestLimit } = storeSettingsOf(io.env);
      // A schedule for a connection that does not exist would only ever fail.
      const ids = await withStore(io, async (store) =>
        flags.connection ? [(await store.get(flags.connection)).id] : (await store.list()).map((c) => c.id),
      );
      if (ids.length === 0)
        return io.out(
          flags.json ? JSON.stringify({ scheduled: [], skipped: [] }) : 'No connections to schedule.',
        );
      await withClient(io, async ({ client }, taskQueue) => {
        // Every connection at once: one whose latest check failed would fail every interval.
        const skipped = flags.connection || flags.all ? [] : await failingConnections(client, ids);
        const scheduled = [];
        for (const connectionId of ids.filter((id) => !skipped.some((s) => s.connectionId === id))) {
          const { scheduleId, created, everyMs } = await scheduleHealthCheck(
            client,
            { connectionId, every },
            { taskQueue },
          );
          const interval = formatInterval(everyMs);
          scheduled.push({ connectionId, scheduleId, created, every: interval });
          const warning = quotaWarning(connectionId, everyMs, dailyRequestLimit);
          if (warning) io.err(warning);
          if (!flags.json)
            io.out(
              `${created ? 'Created' : 'Updated'} schedule ${scheduleId}: every ${interval}, overlapping runs skipped`,
            );
        }
        if (flags.json) return io.out(JSON.stringify({ scheduled, skipped }, null, 2));
        for (const { connectionId, message } of skipped)
          io.out(`Skipped "${connectionId}": its latest health check failed (${message}).`);
        if (!flags.connection)
          io.out(
            `Scheduled ${scheduled.length} of ${ids.length} connections` +
              (scheduled.length > 0 ? `: ${scheduled.map((s) => s.connectionId).join(', ')}.` : '.') +
              (skipped.length > 0 ? ' Fix the skipped ones, or give --all to schedule them too.' : ''),
          );
      });
    });

  health
    .command('status')
    .description(
      'Show the latest results of the scheduled health checks (default: every connection); exits 1 when the latest check of one failed',
    )
    .option('--connection <id>', 'connection id (default: every connection)')
    .option('--json', 'print JSON')
    .action(async (flags: { connection?: string; json?: boolean }) => {
      const ids = flags.connection
        ? [flags.connection]
        : await withStore(io, async (store) => (await store.list()).map((c) => c.id));
      const requestsToday = await readRequestsToday(io.env, ids);
      await withClient(io, async ({ client }, taskQueue) => {
        const statuses: ConnectionHealth[] = await Promise.all(
          ids.map(async (connectionId) => ({
            connectionId,
            status: await getHealthCheckStatus(client, { connectionId }).catch((error: unknown) => {
              if (error instanceof ScheduleNotFoundError) return null;
              throw error;
            }),
            ...(requestsToday ? { requestsToday: requestsToday.get(connectionId) ?? null } : {}),
          })),
        );
        // Schedules left behind by a removed connection fail every interval: show them too.
        const orphans = flags.connection ? [] : await findOrphanSchedules(client, taskQueue, new Set(ids));
        for (const connectionId of orphans)
          statuses.push({
            connectionId,
            status: await getHealthCheckStatus(client, { connectionId }).catch(() => null),
            connectionGone: true,
          });
        const failing = statuses.filter(({ status }) => latestRun(status)?.status === 'unhealthy');
        const failure = () =>
          new ReportedFailureError(
            `the latest health check failed for ${failing.map((s) => `"${s.connectionId}"`).join(', ')}`,
            'unhealthy',
          );
        if (flags.connection && statuses[0]?.status === null)
          throw new CommandFailedError(
            `no health-check schedule for "${flags.connection}"; create one with "gong-worker health schedule --connection ${flags.connection}"`,
            'no-schedule',
          );
        if (flags.json) {
          const single = statuses[0];
          // The report at the top level, failing or not; the exit code says whether one failed.
          io.out(
            JSON.stringify(
              flags.connection
                ? { ...single?.status, ...(requestsToday ? { requestsToday: single?.requestsToday } : {}) }
                : statuses,
              null,
              2,
            ),
          );
          if (failing.length > 0) throw failure();
          return;
        }
        if (flags.connection) printStatus(io, statuses[0]!.status!);
        else if (statuses.length === 0) io.out('No connections. Add one with "gong-worker connections add".');
        else io.out(statusTable(statuses, requestsToday?.limit ?? null));
        if (flags.connection && requestsToday) {
          const count = requestsToday.get(flags.connection) ?? 0;
          io.out(`  Gong requests today (UTC): ${count} of ${requestsToday.limit}`);
        }
        for (const connectionId of orphans)
          io.err(
            `warning: connection "${connectionId}" is gone but its health-check schedule remains; ` +
              `delete it with "gong-worker health unschedule --connection ${connectionId}"`,
          );
        if (failing.length > 0) throw failure();
      });
    });

  health
    .command('unschedule')
    .description('Delete the health-check Schedule of a connection')
    .requiredOption('--connection <id>', 'connection id')
    .action(async (flags: { connection: string; json?: boolean }) =>
      withClient(io, async ({ client }) => {
        const deleted = await unscheduleHealthCheck(client, { connectionId: flags.connection });
        if (flags.json) return io.out(JSON.stringify({ connectionId: flags.connection, deleted }));
        io.out(
          deleted
            ? `Deleted the health-check schedule of "${flags.connection}".`
            : `No schedule for "${flags.connection}".`,
        );
      }),
    );
}

/** One row of `health status`: a connection's schedule, or a schedule whose connection is gone. */
interface ConnectionHealth {
  connectionId: string;
  status: HealthCheckStatus | null;
  /** Today's Gong requests, where the store counts them (PostgreSQL). */
  requestsToday?: number | null;
  /** The store no longer holds the connection, but its Schedule remains. */
  connectionGone?: true;
}

/**
 * The connections among `ids` whose latest scheduled check failed, with Gong's message: a new
 * schedule of every connection at once leaves them out unless `--all` is given.
 */
async function failingConnections(
  client: Client,
  ids: string[],
): Promise<{ connectionId: string; message: string }[]> {
  const latest = await Promise.all(
    ids.map(async (connectionId) => {
      const status = await getHealthCheckStatus(client, { connectionId }).catch((error: unknown) => {
        if (error instanceof ScheduleNotFoundError) return null;
        throw error;
      });
      const run = latestRun(status);
      return run?.status === 'unhealthy' ? [{ connectionId, message: run.message ?? 'no message' }] : [];
    }),
  );
  return latest.flat();
}

/** The newest run that checked Gong (a run the store outage stopped did not), or the newest when none has. */
function latestRun(status: HealthCheckStatus | null) {
  if (!status) return undefined;
  return (
    status.recentRuns.find((run) => run.status === 'healthy' || run.status === 'unhealthy') ??
    status.recentRuns[0]
  );
}

function printStatus(io: CliIo, status: HealthCheckStatus): void {
  io.out(
    `${status.scheduleId}: every ${status.every.join(', ')}${status.paused ? ' (paused)' : ''}; next run ${status.nextRunAt ?? 'none'}`,
  );
  if (status.recentRuns.length === 0) io.out('  no runs yet');
  for (const run of status.recentRuns) {
    io.out(`  ${run.scheduledAt}  ${run.status}${run.message ? `: ${run.message}` : ''}`);
  }
}

/**
 * Every connection in one table: its interval, latest result and when, and, where the store
 * counts them for every replica (PostgreSQL), the Gong requests it sent today against `limit`.
 */
function statusTable(statuses: ConnectionHealth[], limit: number | null): string {
  const today = (requests: number | null | undefined) =>
    limit === null ? [] : [`${requests ?? 0}/${limit}`];
  return formatTable(
    ['CONNECTION', 'EVERY', 'LATEST', 'CHECKED', ...(limit === null ? [] : ['REQUESTS TODAY']), 'DETAILS'],
    statuses.map(({ connectionId, status, requestsToday, connectionGone }) => {
      if (!status) return [connectionId, '-', 'no schedule', '-', ...today(requestsToday), ''];
      const run = latestRun(status);
      return [
        connectionId,
        status.every.join(', ') + (status.paused ? ' (paused)' : ''),
        run?.status ?? 'no runs yet',
        run?.scheduledAt ?? '-',
        ...today(requestsToday),
        connectionGone ? 'connection removed: the schedule remains' : (run?.message ?? ''),
      ];
    }),
  );
}

/**
 * Today's Gong requests (UTC) of each connection, as the PostgreSQL store counts them for every
 * replica; null with the file store, whose counts live in each worker process only.
 */
async function readRequestsToday(
  env: CliIo['env'],
  ids: string[],
): Promise<(Map<string, number> & { limit: number }) | null> {
  const store = openStore(storeSettingsOf(env));
  try {
    if (store.kind !== 'postgres') return null;
    const counts = await Promise.all(
      ids.map(async (id) => [id, await store.requestCounter.read(id)] as const),
    );
    return Object.assign(new Map(counts), { limit: store.dailyRequestLimit });
  } finally {
    await store.close();
  }
}

/**
 * Checks a health-check interval such as `15m`, `1h` or `15 minutes` before anything is sent,
 * with the API's own rule: a wrong value, or one under a minute or over 30 days, is a usage
 * error naming `flag`.
 */
function intervalFlag(flag: string, value: string): string {
  const parsed = intervalSchema(MIN_HEALTH_INTERVAL_MS, MAX_HEALTH_INTERVAL_MS).safeParse(value);
  if (!parsed.success) throw new UsageError(`${flag} ${parsed.error.issues[0]?.message}; got "${value}"`);
  return value.trim();
}
