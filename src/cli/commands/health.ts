import type { Command } from 'commander';
import { ScheduleNotFoundError, WorkflowFailedError } from '@temporalio/client';
import {
  describeWorkflowError,
  DEFAULT_HEALTH_INTERVAL,
  getHealthCheckStatus,
  type HealthCheckStatus,
  startHealthCheck,
  scheduleHealthCheck,
  unscheduleHealthCheck,
} from '../../client';
import { MIN_HEALTH_INTERVAL_MS } from '../../api';
import { formatInterval, intervalSchema } from '../../validation/interval';
import {
  DEFAULT_WORKER_TIMEOUT,
  parseWorkerTimeout,
  resultUnlessNoWorker,
  WORKER_TIMEOUT_HELP,
} from '../wait-for-worker';
import { CommandFailedError, UsageError, type CliIo } from '../io';
import { quotaWarning } from '../quota-warning';
import { formatTable } from '../table';
import { openStore } from '../../connections/open-store';
import { storeFromEnv, storeSettingsOf } from './connections';
import { withClient } from './with-client';

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
      withClient(io, async ({ client }, taskQueue) => {
        const workerTimeoutMs = parseWorkerTimeout(flags.workerTimeout);
        const handle = await startHealthCheck(client, { connectionId: flags.connection }, { taskQueue });
        try {
          const result = await resultUnlessNoWorker(client, handle, handle.result(), {
            taskQueue,
            timeoutMs: workerTimeoutMs,
          });
          io.out(
            flags.json
              ? JSON.stringify(result, null, 2)
              : `healthy: connection "${result.connectionId}" (${result.baseUrl}) works; ${result.userCount} users; checked ${result.checkedAt}`,
          );
        } catch (error) {
          if (!(error instanceof WorkflowFailedError)) throw error;
          const reason = describeWorkflowError(error).message;
          throw new CommandFailedError(
            `unhealthy: connection "${flags.connection}": ${reason}`,
            'unhealthy',
            {
              connectionId: flags.connection,
            },
          );
        }
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
      `interval, e.g. 15m, 1h (default: an existing schedule keeps its own, a new one ${DEFAULT_HEALTH_INTERVAL})`,
    )
    .action(async (flags: { connection?: string; every?: string; json?: boolean }) => {
      const every = flags.every === undefined ? undefined : intervalFlag('--every', flags.every);
      // The same limit the store counts against (GONG_DAILY_REQUEST_LIMIT, default 10,000).
      const { dailyRequestLimit } = storeSettingsOf(io.env);
      const store = storeFromEnv(io.env);
      // A schedule for a connection that does not exist would only ever fail.
      const ids = flags.connection
        ? [(await store.get(flags.connection)).id]
        : (await store.list()).map((c) => c.id);
      if (ids.length === 0) return io.out(flags.json ? '[]' : 'No connections to schedule.');
      await withClient(io, async ({ client }, taskQueue) => {
        const scheduled = [];
        for (const connectionId of ids) {
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
        if (flags.json) io.out(JSON.stringify(scheduled, null, 2));
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
        : (await storeFromEnv(io.env).list()).map((c) => c.id);
      const requestsToday = await readRequestsToday(io.env, ids);
      await withClient(io, async ({ client }) => {
        const statuses = await Promise.all(
          ids.map(async (connectionId) => ({
            connectionId,
            status: await getHealthCheckStatus(client, { connectionId }).catch((error: unknown) => {
              if (error instanceof ScheduleNotFoundError) return null;
              throw error;
            }),
            ...(requestsToday ? { requestsToday: requestsToday.get(connectionId) ?? null } : {}),
          })),
        );
        const failing = statuses.filter(({ status }) => latestRun(status)?.status === 'unhealthy');
        const failure = () =>
          new CommandFailedError(
            `the latest health check failed for ${failing.map((s) => `"${s.connectionId}"`).join(', ')}`,
            'unhealthy',
            { connections: statuses },
          );
        if (flags.connection && statuses[0]?.status === null)
          throw new CommandFailedError(
            `no health-check schedule for "${flags.connection}"; create one with "gong-worker health schedule --connection ${flags.connection}"`,
            'no-schedule',
          );
        if (flags.json) {
          if (failing.length > 0) throw failure();
          const single = statuses[0];
          return io.out(
            JSON.stringify(
              flags.connection
                ? { ...single?.status, ...(requestsToday ? { requestsToday: single?.requestsToday } : {}) }
                : statuses,
              null,
              2,
            ),
          );
        }
        if (flags.connection) printStatus(io, statuses[0]!.status!);
        else if (statuses.length === 0) io.out('No connections. Add one with "gong-worker connections add".');
        else io.out(statusTable(statuses, requestsToday?.limit ?? null));
        if (flags.connection && requestsToday) {
          const count = requestsToday.get(flags.connection) ?? 0;
          io.out(`  Gong requests today (UTC): ${count} of ${requestsToday.limit}`);
        }
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

/** The newest run that has finished, or the newest when none has. */
function latestRun(status: HealthCheckStatus | null) {
  if (!status) return undefined;
  return status.recentRuns.find((run) => run.status !== 'running') ?? status.recentRuns[0];
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
function statusTable(
  statuses: { connectionId: string; status: HealthCheckStatus | null; requestsToday?: number | null }[],
  limit: number | null,
): string {
  const today = (requests: number | null | undefined) =>
    limit === null ? [] : [`${requests ?? 0}/${limit}`];
  return formatTable(
    ['CONNECTION', 'EVERY', 'LATEST', 'CHECKED', ...(limit === null ? [] : ['REQUESTS TODAY']), 'DETAILS'],
    statuses.map(({ connectionId, status, requestsToday }) => {
      if (!status) return [connectionId, '-', 'no schedule', '-', ...today(requestsToday), ''];
      const run = latestRun(status);
      return [
        connectionId,
        status.every.join(', ') + (status.paused ? ' (paused)' : ''),
        run?.status ?? 'no runs yet',
        run?.scheduledAt ?? '-',
        ...today(requestsToday),
        run?.message ?? '',
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
 * with the API's own rule: a wrong value, or one under a minute, is a usage error naming `flag`.
 */
function intervalFlag(flag: string, value: string): string {
  const parsed = intervalSchema(MIN_HEALTH_INTERVAL_MS).safeParse(value);
  if (!parsed.success) throw new UsageError(`${flag} ${parsed.error.issues[0]?.message}; got "${value}"`);
  return value.trim();
}
