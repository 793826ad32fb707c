import { cancellationSignal } from '@temporalio/activity';
import type { HealthCheckResult } from '../api/health-check';
import { gongClientOf, type ActivityDeps } from './deps';
import { readConnection } from './read-connection';
import { whileHeartbeating } from './while-heartbeating';

/** Input of {@link createCheckGongConnection}. */
export interface CheckGongConnectionInput {
  connectionId: string;
}

/** Lists the account's users with the stored credentials: passing means URL, key and secret all work. */
export function createCheckGongConnection(deps: ActivityDeps) {
  return async function checkGongConnection(input: CheckGongConnectionInput): Promise<HealthCheckResult> {
    // Read once: the result names the connection's URL, and the client needs its keys.
    const connection = await readConnection(deps, input.connectionId);
    const client = gongClientOf(deps, connection);
    const page = await whileHeartbeating({ checking: input.connectionId }, () =>
      client.listUsers(undefined, cancellationSignal()),
    );
    return {
      healthy: true,
      connectionId: connection.id,
      baseUrl: connection.baseUrl,
      userCount: page.totalRecords,
      requestId: page.requestId,
      checkedAt: deps.now().toISOString(),
    };
  };
}
