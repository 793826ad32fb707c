import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Keyword search attribute set on every run: the Gong connection it works for, so operators
 * filter runs by connection without ids naming customers. Register it on the server once:
 * `temporal operator search-attribute create --name GongConnectionId --type Keyword`.
 */
export const GONG_CONNECTION_ID = defineSearchAttributeKey('GongConnectionId', SearchAttributeType.KEYWORD);
