import type { Command } from 'commander';
import { ScheduleNotFoundError, WorkflowFailedError } from '@temporalio/client';
import {
  describeWorkflowError,
  DEFAULT_HEALTH_INTERVAL,
  getHealthCheckStatus,
  runHealthCheck,
  scheduleHealthCheck,
  unscheduleHealthCheck,
} from '../../client';
import { parseInterval } from '../interval';
import { CommandFailedError, type CliIo } from '../io';
import { storeFromEnv } from './connections';
import { withClient } from './with-client';

/** `gong-worker health run|schedule|status|unschedule`. */
export function registerHealthCommands(program: Command, io: CliIo): void {
  const health = program.command('health').description('Check that Gong connections work');

  health
    .command('run')
    .description('Run the health check now and wait for it')
    .requiredOption('--connection <id>', 'connection id')
    .option('--json', 'print JSON')
    .action(async (flags: { connection: string; json?: boolean }) =>
      withClient(io, async ({ client }, taskQueue) => {
        try {
          const result = await runHealthCheck(client, { connectionId: flags.connection }, { taskQueue });
          io.out(
            flags.json
              ? JSON.stringify(result, null, 2)
              : `healthy: connection "${result.connectionId}" (${result.baseUrl}) works; ${result.userCount} users; checked ${result.checkedAt}`,
          );
        } catch (error) {
          if (!(error instanceof WorkflowFailedError)) throw error;
          const reason = describeWorkflowError(error).message;
          if (flags.json)
            io.out(
              JSON.stringify({ healthy: false, connectionId: flags.connection, error: reason }, null, 2),
            );
          throw new CommandFailedError(`unhealthy: connection "${flags.connection}": ${reason}`);
        }
      }),
    );

  health
    .command('schedule')
    .description('Create or update the health-check Schedule of one or every connection')
    .option('--connection <id>', 'connection id (default: every connection)')
    .option('--every <interval>', 'interval, e.g. 15m, 1h', DEFAULT_HEALTH_INTERVAL)
    .action(async (flags: { connection?: string; every: string }) => {
      const every = parseInterval('--every', flags.every);
      const store = storeFromEnv(io.env);
      // A schedule for a connection that does not exist would only ever fail.
      const ids = flags.connection
        ? [(await store.get(flags.connection)).id]
        : (await store.list()).map((c) => c.id);
      if (ids.length === 0) return io.out('No connections to schedule.');
      await withClient(io, async ({ client }, taskQueue) => {
        for (const connectionId of ids) {
          const { scheduleId, created } = await scheduleHealthCheck(
            client,
            { connectionId, every },
            { taskQueue },
          );
          io.out(
            `${created ? 'Created' : 'Updated'} schedule ${scheduleId}: every ${every}, overlapping runs skipped`,
          );
        }
      });
    });

  health
    .command('status')
    .description('Show the latest results of the scheduled health check')
    .requiredOption('--connection <id>', 'connection id')
    .option('--json', 'print JSON')
    .action(async (flags: { connection: string; json?: boolean }) =>
      withClient(io, async ({ client }) => {
        const status = await getHealthCheckStatus(client, { connectionId: flags.connection }).catch(
          (error: unknown) => {
            if (!(error instanceof ScheduleNotFoundError)) throw error;
            throw new CommandFailedError(
              `no health-check schedule for "${flags.connection}"; create one with "gong-worker health schedule --connection ${flags.connection}"`,
            );
          },
        );
        if (flags.json) return io.out(JSON.stringify(status, null, 2));
        io.out(
          `${status.scheduleId}: every ${status.every.join(', ')}${status.paused ? ' (paused)' : ''}; next run ${status.nextRunAt ?? 'none'}`,
        );
        if (status.recentRuns.length === 0) io.out('  no runs yet');
        for (const run of status.recentRuns) {
          io.out(`  ${run.scheduledAt}  ${run.status}${run.message ? `: ${run.message}` : ''}`);
        }
      }),
    );

  health
    .command('unschedule')
    .description('Delete the health-check Schedule of a connection')
    .requiredOption('--connection <id>', 'connection id')
    .action(async (flags: { connection: string }) =>
      withClient(io, async ({ client }) => {
        const deleted = await unscheduleHealthCheck(client, { connectionId: flags.connection });
        io.out(
          deleted
            ? `Deleted the health-check schedule of "${flags.connection}".`
            : `No schedule for "${flags.connection}".`,
        );
      }),
    );
}
