import { proxyActivities } from '@temporalio/workflow';
import type { GongActivities } from '../activities';
import { type HealthCheckInput, type HealthCheckResult } from '../api/health-check';
import { gongActivityOptions } from './activity-options';
import { parseInput } from './parse-input';
import { rethrowCause } from './rethrow-cause';

const { checkGongConnection } = proxyActivities<GongActivities>({
  ...gongActivityOptions,
  startToCloseTimeout: '1 minute',
  retry: { ...gongActivityOptions.retry, maximumAttempts: 4 },
});

/**
 * Checks that a Gong connection works by listing the account's users with its stored
 * credentials. Passing completes with `healthy: true`; failing fails the run with Gong's error.
 */
export async function gongHealthCheck(input: HealthCheckInput): Promise<HealthCheckResult> {
  const { connectionId } = parseInput('gongHealthCheck', input);
  try {
    return await checkGongConnection.executeWithOptions(
      { summary: `List the users of Gong connection ${connectionId}` },
      [{ connectionId }],
    );
  } catch (error) {
    rethrowCause(error);
  }
}
