import type { Payload } from '@temporalio/common';

/** A payload found in a raw history or Schedule, and where. */
export interface FoundPayload {
  path: string;
  payload: Payload;
}

function isPayload(value: object): value is Payload {
  const { data, metadata } = value as { data?: unknown; metadata?: unknown };
  return data instanceof Uint8Array && typeof metadata === 'object' && metadata !== null;
}

/** Every payload in a protobuf object (history, Schedule description), with its path. */
export function payloadsIn(value: unknown, path = ''): FoundPayload[] {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return [];
  if (isPayload(value)) return [{ path, payload: value }];
  return Object.entries(value).flatMap(([key, child]) => payloadsIn(child, `${path}.${key}`));
}

/** Search attributes are indexed by the server, so they are plain by design; everything else is sealed. */
export function isSearchAttribute(found: FoundPayload): boolean {
  return /\.(searchAttributes|indexedFields)\./.test(found.path);
}

/**
 * A patch marker's data (`patched()`): the Temporal core writes it past the payload codec, and it
 * holds only the patch's id, a constant of the workflow's code, never data of a run.
 */
export function isPatchMarker(found: FoundPayload): boolean {
  return /\.markerRecordedEventAttributes\.details\.patch-data\./.test(found.path);
}

/**
 * Everything an operator of the server can read in a protobuf object, as one text: every string,
 * and every byte field read as UTF-8 (a plain JSON payload would show its content).
 */
export function readableText(value: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') parts.push(node);
    else if (node instanceof Uint8Array) parts.push(Buffer.from(node).toString('utf8'));
    else if (typeof node === 'object' && node !== null) for (const child of Object.values(node)) walk(child);
  };
  walk(value);
  return parts.join('\n');
}

/** Text of decoded payloads, for checking what the codec restores. */
export function payloadsText(payloads: Payload[]): string {
  return payloads
    .map(
      (p) =>
        `${Buffer.from(p.metadata?.encoding ?? new Uint8Array()).toString()} ${Buffer.from(p.data ?? new Uint8Array()).toString()}`,
    )
    .join('\n');
}
