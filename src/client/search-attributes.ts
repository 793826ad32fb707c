import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';
import { GONG_CONNECTION_ID_SEARCH_ATTRIBUTE } from '../contracts/search-attributes';

/** The `GongConnectionId` Keyword search attribute (not encrypted: it is indexed by the server). */
export const GONG_CONNECTION_ID = defineSearchAttributeKey(
  GONG_CONNECTION_ID_SEARCH_ATTRIBUTE,
  SearchAttributeType.KEYWORD,
);

/** The search attributes every run of a connection carries: its id, nothing from customers. */
export function connectionSearchAttributes(connectionId: string): SearchAttributePair[] {
  return [{ key: GONG_CONNECTION_ID, value: connectionId }];
}
