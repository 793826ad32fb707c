import { cancellationSignal } from '@temporalio/activity';
import { gongClientFor, type ActivityDeps } from './deps';
import { whileHeartbeating } from './while-heartbeating';

/** Input of {@link createCheckGongConnection}. */
export interface CheckGongConnectionInput {
  connectionId: string;
}

/** A passed health check: the URL, key and secret all work. */
export interface GongConnectionCheck {
  connectionId: string;
  baseUrl: string;
  userCount: number;
  requestId: string | null;
  checkedAt: string;
}

/** Lists the account's users with the stored credentials; Gong's own error surfaces on failure. */
export function createCheckGongConnection(deps: ActivityDeps) {
  return async function checkGongConnection(input: CheckGongConnectionInput): Promise<GongConnectionCheck> {
    const connection = await deps.connections.get(input.connectionId);
    const client = await gongClientFor(deps, input.connectionId);
    const page = await whileHeartbeating({ checking: input.connectionId }, () =>
      client.listUsers(undefined, cancellationSignal()),
    );
    return {
      connectionId: connection.id,
      baseUrl: connection.baseUrl,
      userCount: page.totalRecords,
      requestId: page.requestId,
      checkedAt: deps.now().toISOString(),
    };
  };
}
