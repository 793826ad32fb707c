import { parseGongDate, selectCalls, type CallFilter } from './call-filters';
import type { CursorCodec } from './cursors';
import { badRequest, GongHttpError, NO_CALLS_FOUND } from './errors';
import { paginate } from './paging';
import { extensiveRequestSchema, parseBody, transcriptRequestSchema } from './request-schemas';
import { extensiveCall, userRecord } from './serializers';
import type { SimCall, SimDataSet } from './types';

/** What a route handler sees of a request and of the simulator. */
export interface RouteRequest {
  path: string;
  query: URLSearchParams;
  bodyText: string;
  params: string[];
  dataSet: SimDataSet;
  cursors: CursorCodec;
}

/** A successful response body, without its `requestId`. */
type RouteResult = Record<string, unknown>;

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handle(req: RouteRequest): RouteResult;
}

/** A query parameter, or undefined when absent (Gong treats empty as absent). */
function queryParam(query: URLSearchParams, name: string): string | undefined {
  return query.get(name) || undefined;
}

function requiredDate(query: URLSearchParams, name: string): Date {
  const date = parseGongDate(name, queryParam(query, name));
  if (!date) throw badRequest(`Required parameter '${name}' is missing`);
  return date;
}

/** Gong answers an empty listing with 404, not with an empty list. */
function nonEmpty(calls: SimCall[]): SimCall[] {
  if (calls.length === 0) throw new GongHttpError(404, [NO_CALLS_FOUND]);
  return calls;
}

function toFilter(filter: {
  fromDateTime?: string;
  toDateTime?: string;
  workspaceId?: string;
  callIds?: string[];
  primaryUserIds?: string[];
}): CallFilter {
  return {
    from: parseGongDate('fromDateTime', filter.fromDateTime),
    to: parseGongDate('toDateTime', filter.toDateTime),
    workspaceId: filter.workspaceId,
    callIds: filter.callIds,
    primaryUserIds: filter.primaryUserIds,
  };
}

const listUsers: Route = {
  method: 'GET',
  pattern: /^\/v2\/users$/,
  handle({ path, query, dataSet, cursors }) {
    const inputs = { path, includeAvatars: queryParam(query, 'includeAvatars') };
    const { page, records } = paginate(dataSet.users, queryParam(query, 'cursor'), inputs, cursors);
    return { records, users: page.map(userRecord) };
  },
};

const listCalls: Route = {
  method: 'GET',
  pattern: /^\/v2\/calls$/,
  handle({ path, query, dataSet, cursors }) {
    const filter = {
      from: requiredDate(query, 'fromDateTime'),
      to: requiredDate(query, 'toDateTime'),
      workspaceId: queryParam(query, 'workspaceId'),
    };
    const calls = nonEmpty(selectCalls(dataSet.calls, filter));
    const inputs = {
      path,
      from: filter.from.toISOString(),
      to: filter.to.toISOString(),
      ws: filter.workspaceId,
    };
    const { page, records } = paginate(calls, queryParam(query, 'cursor'), inputs, cursors);
    return { records, calls: page.map((call) => call.metaData) };
  },
};

const getCall: Route = {
  method: 'GET',
  pattern: /^\/v2\/calls\/(\d+)$/,
  handle({ params, dataSet }) {
    const id = params[0] ?? '';
    const call = dataSet.calls.find((c) => c.metaData.id === id);
    if (!call) throw new GongHttpError(404, [`Call ID ${id} was not found`]);
    return { call: call.metaData };
  },
};

const extensive: Route = {
  method: 'POST',
  pattern: /^\/v2\/calls\/extensive$/,
  // Only the body cursor counts: a cursor in the query string of a POST is ignored, as Gong does.
  handle({ path, bodyText, dataSet, cursors }) {
    const { cursor, ...inputs } = parseBody(extensiveRequestSchema, bodyText);
    const calls = nonEmpty(selectCalls(dataSet.calls, toFilter(inputs.filter)));
    const { page, records } = paginate(calls, cursor, { path, ...inputs }, cursors);
    return { records, calls: page.map((call) => extensiveCall(call, inputs.contentSelector)) };
  },
};

const transcript: Route = {
  method: 'POST',
  pattern: /^\/v2\/calls\/transcript$/,
  handle({ path, bodyText, dataSet, cursors }) {
    const { cursor, ...inputs } = parseBody(transcriptRequestSchema, bodyText);
    const calls = nonEmpty(selectCalls(dataSet.calls, toFilter(inputs.filter)));
    const { page, records } = paginate(calls, cursor, { path, ...inputs }, cursors);
    return {
      records,
      callTranscripts: page.map((call) => ({ callId: call.metaData.id, transcript: call.transcript })),
    };
  },
};

const ROUTES: readonly Route[] = [listUsers, listCalls, getCall, extensive, transcript];

/** Finds the handler of `method path`; throws 404 for unknown paths and 405 for a wrong method. */
export function resolveRoute(method: string, path: string): { handle: Route['handle']; params: string[] } {
  const matching = ROUTES.map((route) => ({ route, match: route.pattern.exec(path) })).filter(
    (m): m is { route: Route; match: RegExpExecArray } => m.match !== null,
  );
  if (matching.length === 0) throw new GongHttpError(404, [`No API endpoint matches ${method} ${path}`]);
  const found = matching.find((m) => m.route.method === method);
  if (!found) {
    const allowed = matching.map((m) => m.route.method).join(', ');
    throw new GongHttpError(405, [`Request method '${method}' is not supported on ${path}`], {
      allow: allowed,
    });
  }
  return { handle: found.route.handle, params: found.match.slice(1) };
}
