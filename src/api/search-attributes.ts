import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';

/**
 * Keyword search attribute set on every run and Schedule of this worker: the Gong connection id,
 * so operators filter runs by connection without ids naming customers or reading any payload
 * (it is indexed by the server, so never encrypted). Register it on the server once:
 * `temporal operator search-attribute create --name GongConnectionId --type Keyword`.
 */
export const GONG_CONNECTION_ID = defineSearchAttributeKey('GongConnectionId', SearchAttributeType.KEYWORD);

/** The search attributes every run of a connection carries: its id, nothing from customers. */
export function connectionSearchAttributes(connectionId: string): SearchAttributePair[] {
  return [{ key: GONG_CONNECTION_ID, value: connectionId }];
}
