import {
  createDataSet,
  DEFAULT_SIM_ACCOUNT,
  startGongSimulator,
  type GongSimulator,
  type SimulatorAccount,
} from '../../tools/simulator';

/** The instant test data sets are generated at, so assertions do not depend on the wall clock. */
export const TEST_NOW = new Date('2026-02-01T12:00:00Z');

/** A simulator over the seeded data set of {@link TEST_NOW}, fast enough never to rate-limit a test. */
export function startSeededSimulator(): Promise<GongSimulator> {
  return startGongSimulator({ dataSet: createDataSet({ seed: 42, now: TEST_NOW }), requestsPerSecond: 1000 });
}

/** A Basic authorization header for `account`. */
export function basicAuth(account: SimulatorAccount = DEFAULT_SIM_ACCOUNT): string {
  return `Basic ${Buffer.from(`${account.accessKey}:${account.accessKeySecret}`).toString('base64')}`;
}

/** A response with its JSON body parsed. */
export interface JsonResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** Calls the simulator over real HTTP with the default credentials unless `auth` says otherwise. */
export async function callSim(
  sim: GongSimulator,
  path: string,
  options: { method?: string; body?: unknown; auth?: string | null } = {},
): Promise<JsonResponse> {
  const headers: Record<string, string> = {};
  const auth = options.auth === undefined ? basicAuth() : options.auth;
  if (auth !== null) headers.authorization = auth;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${sim.url}${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** The `records` block of a paged response. */
export function recordsOf(response: JsonResponse): {
  totalRecords: number;
  currentPageSize: number;
  currentPageNumber: number;
  cursor?: string;
} {
  return response.body.records as ReturnType<typeof recordsOf>;
}

/** The list of a paged response under `key`. */
export function listOf(response: JsonResponse, key: string): Record<string, unknown>[] {
  return response.body[key] as Record<string, unknown>[];
}

/** Query string of `GET /v2/calls` for a date range. */
export function callsQuery(
  from: Date | string,
  to: Date | string,
  extra: Record<string, string> = {},
): string {
  const iso = (d: Date | string): string => (typeof d === 'string' ? d : d.toISOString());
  return `/v2/calls?${new URLSearchParams({ fromDateTime: iso(from), toDateTime: iso(to), ...extra }).toString()}`;
}
