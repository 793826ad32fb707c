import {
  ScheduleAlreadyRunning,
  ScheduleNotFoundError,
  ScheduleOverlapPolicy,
  WorkflowFailedError,
  type Client,
  type ScheduleOptions,
  type ScheduleOptionsStartWorkflowAction,
} from '@temporalio/client';
import {
  DEFAULT_HEALTH_INTERVAL,
  DEFAULT_TASK_QUEUE,
  healthCheckInputSchema,
  healthScheduleId,
  scheduleHealthCheckInputSchema,
  type GongWorkflows,
  type HealthCheckInput,
  type HealthCheckResult,
  type ScheduleHealthCheckInput,
  gongWorkflowRegistry,
  connectionSearchAttributes,
} from '../api';
import { formatInterval, parseInterval } from '../api/interval';
import { validateInput } from './invalid-input-error';
import { describeWorkflowError } from './workflow-error';

/**
 * Creates the connection's health-check Schedule, or updates it when it exists: to the given
 * interval, or keeping its own when none is given. Running it twice leaves one Schedule.
 * Overlapping runs are skipped, and each run is bounded by its execution timeout, so one that
 * hangs cannot skip the checks after it forever. Returns the interval in force, in milliseconds.
 */
export async function scheduleHealthCheck(
  client: Client,
  input: ScheduleHealthCheckInput,
  options: {
    taskQueue?: string;
    /** Each run's execution timeout; the shared default unless a test needs a short one. */
    executionTimeout?: ScheduleOptionsStartWorkflowAction<
      GongWorkflows['gongHealthCheck']
    >['workflowExecutionTimeout'];
  } = {},
): Promise<{ scheduleId: string; created: boolean; everyMs: number }> {
  const valid = validateInput(scheduleHealthCheckInputSchema, input, 'scheduleHealthCheck');
  const { connectionId } = valid;
  const scheduleId = healthScheduleId(connectionId);
  const every = valid.every ?? parseInterval(DEFAULT_HEALTH_INTERVAL)!;
  const schedule: ScheduleOptions = {
    scheduleId,
    spec: { intervals: [{ every }] },
    action: {
      type: 'startWorkflow',
      workflowType: 'gongHealthCheck',
      workflowId: scheduleId,
      taskQueue: options.taskQueue ?? DEFAULT_TASK_QUEUE,
      args: [{ connectionId }],
      workflowExecutionTimeout:
        options.executionTimeout ?? gongWorkflowRegistry.gongHealthCheck.executionTimeout,
      typedSearchAttributes: connectionSearchAttributes(connectionId),
      staticSummary: `Scheduled health check of Gong connection ${connectionId}`,
    },
    policies: { overlap: ScheduleOverlapPolicy.SKIP },
  };
  try {
    await client.schedule.create(schedule);
    return { scheduleId, created: true, everyMs: every };
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    let everyMs = every;
    await client.schedule.getHandle(scheduleId).update((previous) => {
      // Without an interval, an existing schedule keeps its own (`health schedule` for all).
      const kept = valid.every === undefined ? previous.spec.intervals?.[0]?.every : undefined;
      if (kept !== undefined) everyMs = Number(kept);
      return {
        ...previous,
        spec: kept === undefined ? schedule.spec : previous.spec,
        action: schedule.action,
        policies: { ...previous.policies, overlap: ScheduleOverlapPolicy.SKIP },
      };
    });
    return { scheduleId, created: false, everyMs };
  }
}

/** Deletes the connection's health-check Schedule; false when there was none. */
export async function unscheduleHealthCheck(client: Client, input: HealthCheckInput): Promise<boolean> {
  const { connectionId } = validateInput(healthCheckInputSchema, input, 'unscheduleHealthCheck');
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
  /** `not_checked`: the worker could not read the connection (its store was down), so Gong was not asked. */
  status: 'running' | 'healthy' | 'unhealthy' | 'not_checked';
  /** Gong's error for an unhealthy run; the store's for a run that could not check. */
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
export async function getHealthCheckStatus(
  client: Client,
  input: HealthCheckInput,
): Promise<HealthCheckStatus> {
  const { connectionId } = validateInput(healthCheckInputSchema, input, 'getHealthCheckStatus');
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
  const handle = client.workflow.getHandle<GongWorkflows['gongHealthCheck']>(workflowId, runId);
  const base = { workflowId, runId, scheduledAt: scheduledAt.toISOString() };
  const { status } = await handle.describe();
  if (status.name === 'RUNNING') return { ...base, status: 'running', message: null, result: null };
  try {
    return { ...base, status: 'healthy', message: null, result: await handle.result() };
  } catch (error) {
    if (!(error instanceof WorkflowFailedError))
      return { ...base, status: 'unhealthy', message: String(error), result: null };
    const { kind, message } = describeWorkflowError(error);
    // A store outage says nothing about the Gong connection, so it is not its health.
    const status = kind === 'connection_store_unavailable' ? 'not_checked' : 'unhealthy';
    return { ...base, status, message, result: null };
  }
}
