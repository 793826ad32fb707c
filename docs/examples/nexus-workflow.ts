// A platform workflow in its own namespace: calls ours through the Nexus endpoint `gong`.
import { createNexusServiceClient } from '@temporalio/workflow';
import { describeGongFailure, gongNexusService } from 'gong-temporal-worker-client/api';

export async function checkGongBeforeSync(connectionId: string) {
  const gong = createNexusServiceClient({ endpoint: 'gong', service: gongNexusService });
  try {
    // Starts gongHealthCheck in the worker's namespace; cancelling this workflow cancels that run.
    const health = await gong.executeOperation('gongHealthCheck', { connectionId });
    return { healthy: true, users: health.userCount };
  } catch (error) {
    // Our run's typed failure; a wrong input is `invalid_input` (Nexus BAD_REQUEST), nothing started.
    const failure = describeGongFailure(error);
    if (failure) return { healthy: false, reason: failure.kind, message: failure.message };
    throw error;
  }
}
