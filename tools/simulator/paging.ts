import type { CursorCodec } from './cursors';

/** Gong's fixed page size. */
export const PAGE_SIZE = 100;

/** Gong's `records` block. `cursor` is present only when more records exist. */
export interface PageRecords {
  totalRecords: number;
  currentPageSize: number;
  currentPageNumber: number;
  cursor?: string;
}

/** One page of `items`, starting where `cursor` points (or at the start), with Gong's `records` block. */
export function paginate<T>(
  items: readonly T[],
  cursor: string | undefined,
  inputs: unknown,
  codec: CursorCodec,
): { page: T[]; records: PageRecords } {
  const offset = cursor === undefined ? 0 : codec.open(cursor, inputs);
  const page = items.slice(offset, offset + PAGE_SIZE);
  const records: PageRecords = {
    totalRecords: items.length,
    currentPageSize: page.length,
    currentPageNumber: Math.floor(offset / PAGE_SIZE),
  };
  const next = offset + PAGE_SIZE;
  if (next < items.length) records.cursor = codec.issue(next, inputs);
  return { page, records };
}
