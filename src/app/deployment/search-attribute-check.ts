import type { NativeConnection } from '@temporalio/worker';
import { GONG_CONNECTION_ID, missingSearchAttributeMessage } from '../../api';

/**
 * Null when the namespace knows the `GongConnectionId` search attribute that every run and
 * Schedule carries; otherwise the warning that says how to register it. A server that does not
 * let us list its attributes (e.g. Temporal Cloud with a namespace API key) is not second-guessed.
 */
export async function searchAttributeWarning(
  connection: NativeConnection,
  namespace: string,
): Promise<string | null> {
  const listed = await connection.operatorService.listSearchAttributes({ namespace }).catch(() => null);
  if (!listed) return null;
  const known = { ...listed.customAttributes, ...listed.systemAttributes };
  return GONG_CONNECTION_ID.name in known ? null : missingSearchAttributeMessage(namespace);
}
