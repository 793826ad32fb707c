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

/** How to register {@link GONG_CONNECTION_ID} on a namespace, with the Temporal CLI. */
export function registerSearchAttributeCommand(namespace: string): string {
  return `temporal operator search-attribute create --namespace ${namespace} --name ${GONG_CONNECTION_ID.name} --type Keyword`;
}

/** What to say when the server does not know {@link GONG_CONNECTION_ID}: every start would fail. */
export function missingSearchAttributeMessage(namespace: string): string {
  return (
    `the search attribute ${GONG_CONNECTION_ID.name} is not registered on namespace "${namespace}", so no run can start; ` +
    `register it once with: ${registerSearchAttributeCommand(namespace)}`
  );
}

/** Whether a server's error says that {@link GONG_CONNECTION_ID} is not registered. */
export function isMissingSearchAttributeError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error);
  return (
    message.includes(GONG_CONNECTION_ID.name) && /not defined|unknown|not registered|invalid/i.test(message)
  );
}
