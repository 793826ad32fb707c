import { badRequest } from './errors';
import type { SimCall } from './types';

/** What a call listing may filter on. Dates are already parsed. */
export interface CallFilter {
  from?: Date;
  to?: Date;
  workspaceId?: string;
  callIds?: readonly string[];
  primaryUserIds?: readonly string[];
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Parses an ISO-8601 date-time with an offset, as Gong requires; a 400 names the bad parameter. */
export function parseGongDate(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const time = ISO_DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw badRequest(
      `Invalid value '${value}' for ${name}: expected ISO-8601 date and time, e.g. '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z'`,
    );
  }
  return new Date(time);
}

/** Calls matching `filter`, sorted by start time ascending like Gong; `from` inclusive, `to` exclusive. */
export function selectCalls(calls: readonly SimCall[], filter: CallFilter): SimCall[] {
  const ids = filter.callIds && new Set(filter.callIds);
  const owners = filter.primaryUserIds && new Set(filter.primaryUserIds);
  return calls
    .filter((call) => {
      const started = Date.parse(call.metaData.started);
      return (
        (filter.from === undefined || started >= filter.from.getTime()) &&
        (filter.to === undefined || started < filter.to.getTime()) &&
        (filter.workspaceId === undefined || call.metaData.workspaceId === filter.workspaceId) &&
        (ids === undefined || ids.has(call.metaData.id)) &&
        (owners === undefined || owners.has(call.metaData.primaryUserId))
      );
    })
    .sort(compareCalls);
}

/** Gong's listing order: by start time, ties broken by id so paging is stable. */
export function compareCalls(a: SimCall, b: SimCall): number {
  const byStart = Date.parse(a.metaData.started) - Date.parse(b.metaData.started);
  if (byStart !== 0) return byStart;
  return a.metaData.id < b.metaData.id ? -1 : a.metaData.id > b.metaData.id ? 1 : 0;
}
