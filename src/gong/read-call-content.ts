import type { CallContent } from './call-content-model';
import { paginate, type GongClient } from './client';
import { contentSelectorFor, type ContentBlock } from './content-blocks';
import { toCallContent } from './to-call-content';

/** Gong accepts up to 100 call ids per `calls/extensive` or `calls/transcript` request. */
export const CALL_IDS_PER_REQUEST = 100;

/** Options of {@link readCallContent}. */
export interface ReadCallContentOptions {
  /** AI content blocks to read; every block when absent. */
  include?: ContentBlock[];
  signal?: AbortSignal;
}

/** Call content in the order asked, and the ids Gong did not return. */
export interface ReadCallContentResult {
  calls: CallContent[];
  missingCallIds: string[];
}

/**
 * Reads Gong's AI content of the calls in as few requests as Gong allows (100 ids each);
 * duplicate ids are read once.
 */
export async function readCallContent(
  client: GongClient,
  callIds: readonly string[],
  options: ReadCallContentOptions = {},
): Promise<ReadCallContentResult> {
  const ids = [...new Set(callIds)];
  const selector = contentSelectorFor(options.include);
  const found = new Map<string, CallContent>();
  for (let start = 0; start < ids.length; start += CALL_IDS_PER_REQUEST) {
    const batch = ids.slice(start, start + CALL_IDS_PER_REQUEST);
    const pages = paginate(
      (cursor) => client.listExtensiveCalls({ callIds: batch }, selector, cursor, options.signal),
      undefined,
      'call content listing',
    );
    for await (const page of pages) {
      for (const call of page.items) found.set(call.metaData.id, toCallContent(call));
    }
  }
  return {
    calls: ids.flatMap((id) => found.get(id) ?? []),
    missingCallIds: ids.filter((id) => !found.has(id)),
  };
}
