import { randomUUID } from 'node:crypto';
import {
  ScheduleAlreadyRunning,
  ScheduleNotFoundError,
  ScheduleOverlapPolicy,
  WorkflowFailedError,
  type Client,
  type ScheduleOptions,
} from '@temporalio/client';
import {
  healthCheckInputSchema,
  type HealthCheckInput,
  type HealthCheckResult,
} from '../contracts/health-check';
import { DEFAULT_TASK_QUEUE } from '../config/settings';
import type { gongHealthCheck } from '../workflows';
import { validateInput } from './invalid-input-error';
import { connectionSearchAttributes } from './search-attributes';
import { describeWorkflowError } from './workflow-error';
import { healthScheduleId, healthWorkflowId } from './workflow-ids';
import type { StartOptions } from './answer-question';

/** Default interval of the scheduled health check. */
export const DEFAULT_HEALTH_INTERVAL = '15 minutes';

/** Runs the health check now and waits for it. A failing check rejects with Gong's error. */
export async function runHealthCheck(
  client: Client,
  input: HealthCheckInput,
  options: StartOptions = {},
): Promise<HealthCheckResult> {
  const { connectionId } = validateInput(healthCheckInputSchema, input, 'gongHealthCheck');
  return client.workflow.execute<typeof gongHealthCheck>('gongHealthCheck', {
    taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
    workflowId: options.workflowId ?? `${healthWorkflowId(connectionId)}-manual-${randomUUID()}`,
    args: [{ connectionId }],
    typedSearchAttributes: connectionSearchAttributes(connectionId),
    staticSummary: `Health check of Gong connection ${connectionId}`,
  });
}

/**
 * Creates the connection's health-check Schedule, or updates it to the given interval when it
 * exists: running it twice leaves one Schedule. Overlapping runs are skipped.
 */
export async function scheduleHealthCheck(
  client: Client,
  input: HealthCheckInput & { every?: string },
  options: { taskQueue?: string } = {},
): Promise<{ scheduleId: string; created: boolean }> {
  const { connectionId } = validateInput(
    healthCheckInputSchema,
    { connectionId: input.connectionId },
    'scheduleHealthCheck',
  );
  const scheduleId = healthScheduleId(connectionId);
  const every = input.every ?? DEFAULT_HEALTH_INTERVAL;
  const schedule: ScheduleOptions = {
    scheduleId,
    spec: { intervals: [{ every }] },
    action: {
      type: 'startWorkflow',
      workflowType: 'gongHealthCheck',
      workflowId: healthWorkflowId(connectionId),
      taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
      args: [{ connectionId }],
      typedSearchAttributes: connectionSearchAttributes(connectionId),
      staticSummary: `Scheduled health check of Gong connection ${connectionId}`,
    },
    policies: { overlap: ScheduleOverlapPolicy.SKIP },
  };
  try {
    await client.schedule.create(schedule);
    return { scheduleId, created: true };
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(scheduleId).update((previous) => ({
      ...previous,
      spec: schedule.spec,
      action: schedule.action,
      policies: { ...previous.policies, overlap: ScheduleOverlapPolicy.SKIP },
    }));
    return { scheduleId, created: false };
  }
}

/** Deletes the connection's health-check Schedule; false when there was none. */
export async function unscheduleHealthCheck(client: Client, connectionId: string): Promise<boolean> {
  try {
    await client.schedule.getHandle(healthScheduleId(connectionId)).delete();
    return true;
  } catch (error) {
    if (error instanceof ScheduleNotFoundError) return false;
    throw error;
  }
}

/** One run of a scheduled health check, as `health status` shows it. */
export interface HealthCheckRun {
  workflowId: string;
  runId: string;
  scheduledAt: string;
  status: 'running' | 'healthy' | 'unhealthy';
  /** Gong's error for an unhealthy run. */
  message: string | null;
  result: HealthCheckResult | null;
}

/** The Schedule's interval, next run and the latest results, newest first. */
export interface HealthCheckStatus {
  scheduleId: string;
  every: string[];
  paused: boolean;
  nextRunAt: string | null;
  recentRuns: HealthCheckRun[];
}

/** Reads the Schedule and the outcome of its recent runs. */
export async function getHealthCheckStatus(client: Client, connectionId: string): Promise<HealthCheckStatus> {
  const scheduleId = healthScheduleId(connectionId);
  const description = await client.schedule.getHandle(scheduleId).describe();
  const runs = await Promise.all(
    [...description.info.recentActions]
      .reverse()
      .flatMap((action) =>
        action.action.type === 'startWorkflow'
          ? [
              readRun(
                client,
                action.action.workflow.workflowId,
                action.action.workflow.firstExecutionRunId,
                action.scheduledAt,
              ),
            ]
          : [],
      ),
  );
  return {
    scheduleId,
    every: description.spec.intervals?.map((interval) => formatInterval(Number(interval.every))) ?? [],
    paused: description.state.paused,
    nextRunAt: description.info.nextActionTimes[0]?.toISOString() ?? null,
    recentRuns: runs,
  };
}

async function readRun(
  client: Client,
  workflowId: string,
  runId: string,
  scheduledAt: Date,
): Promise<HealthCheckRun> {
  const handle = client.workflow.getHandle<typeof gongHealthCheck>(workflowId, runId);
  const base = { workflowId, runId, scheduledAt: scheduledAt.toISOString() };
  const { status } = await handle.describe();
  if (status.name === 'RUNNING') return { ...base, status: 'running', message: null, result: null };
  try {
    return { ...base, status: 'healthy', message: null, result: await handle.result() };
  } catch (error) {
    const message =
      error instanceof WorkflowFailedError ? describeWorkflowError(error).message : String(error);
    return { ...base, status: 'unhealthy', message, result: null };
  }
}

/** `900000` → `15m`, `3600000` → `1h`, `90000` → `90s`: the largest unit that divides evenly. */
export function formatInterval(ms: number): string {
  const units: [string, number][] = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ];
  const [unit, size] = units.find(([, size]) => ms % size === 0 && ms >= size) ?? ['ms', 1];
  return `${ms / size}${unit}`;
}
