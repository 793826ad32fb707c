import type { z } from 'zod';
import { describeIssues } from '../wording/field-issues';
import { GongApiError, GongResponseFormatError } from './errors';
import { sendGongRequest, toGongApiError } from './http';
import type { GongRequestObserver } from './request-observer';
import type { FetchLike, GongCredentials, GongRequest, GongResponse } from './http';
import { followPage, NEW_PAGE_TRAIL } from './page-guard';
import type { RequestPacer } from './request-pacer';
import {
  callMetaDataSchema,
  callsPageSchema,
  callTranscriptSchema,
  extensiveCallSchema,
  extensiveCallsPageSchema,
  transcriptsPageSchema,
  usersPageSchema,
  type GongCallMetaData,
  type GongCallTranscript,
  type GongExtensiveCall,
  type GongRecords,
  type GongUser,
} from './schemas';

/** Gong's message for "the filter matched nothing": the only 404 that means an empty result. */
const NO_CALLS_FOUND_MESSAGE = 'No calls found corresponding to the provided filters';

/** One page of a Gong listing. `nextCursor` is null on the last page. */
export interface GongPage<T> {
  items: T[];
  /** Records of the page left out of `items` because they could not be used (a call without a start, say). */
  skipped: number;
  totalRecords: number;
  pageNumber: number;
  nextCursor: string | null;
  requestId: string | null;
}

/** Date and scope filter shared by the call listings. `toDateTime` is exclusive. */
export interface CallFilter {
  fromDateTime?: string;
  toDateTime?: string;
  workspaceId?: string;
  callIds?: string[];
  primaryUserIds?: string[];
}

/** `contentSelector` of `POST /v2/calls/extensive`. */
export interface ContentSelector {
  context?: 'None' | 'Basic' | 'Extended';
  exposedFields?: {
    parties?: boolean;
    content?: Partial<
      Record<
        | 'structure'
        | 'topics'
        | 'trackers'
        | 'pointsOfInterest'
        | 'brief'
        | 'outline'
        | 'highlights'
        | 'callOutcome'
        | 'keyPoints',
        boolean
      >
    >;
    interaction?: Partial<Record<'speakers' | 'video' | 'personInteractionStats' | 'questions', boolean>>;
  };
}

/** Options of {@link GongClient}. */
export interface GongClientOptions {
  credentials: GongCredentials;
  fetch?: FetchLike;
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number;
  /** Keeps requests under Gong's rate limit; none by default. */
  pacer?: RequestPacer;
  /** Largest response body read; default 32 MiB (`DEFAULT_MAX_RESPONSE_BYTES`). */
  maxResponseBytes?: number;
  /** Sees every request, for metrics and traces; none by default. */
  observer?: GongRequestObserver;
}

/**
 * A Gong API v2 client with no Temporal dependency. Every request carries Basic auth, goes
 * only to the connection's `*.gong.io` host, and every 2xx body is validated with zod.
 */
export class GongClient {
  private readonly credentials: GongCredentials;
  private readonly fetchImpl: FetchLike;
  private readonly timeoutMs: number;
  private readonly pacer: RequestPacer | undefined;
  private readonly maxResponseBytes: number | undefined;
  private readonly observer: GongRequestObserver | undefined;

  constructor(options: GongClientOptions) {
    this.credentials = options.credentials;
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.pacer = options.pacer;
    this.maxResponseBytes = options.maxResponseBytes;
    this.observer = options.observer;
  }

  /** Sends any request and returns Gong's answer whatever its status (the generic API access). */
  send(request: GongRequest): Promise<GongResponse> {
    return sendGongRequest(this.credentials, request, {
      fetch: this.fetchImpl,
      timeoutMs: this.timeoutMs,
      pacer: this.pacer,
      maxResponseBytes: this.maxResponseBytes,
      observer: this.observer,
    });
  }

  /** Sends a request, throws {@link GongApiError} on a non-2xx answer, validates the body. */
  async request<S extends z.ZodType>(schema: S, request: GongRequest): Promise<z.infer<S>> {
    const response = await this.send(request);
    if (response.status < 200 || response.status >= 300) throw toGongApiError(request, response);
    const parsed = schema.safeParse(response.body);
    if (!parsed.success) {
      throw new GongResponseFormatError(request.path, describeIssues(parsed.error, 5));
    }
    return parsed.data;
  }

  /** `GET /v2/users`, one page. */
  async listUsers(cursor?: string, signal?: AbortSignal): Promise<GongPage<GongUser>> {
    const page = await this.request(usersPageSchema, {
      method: 'GET',
      path: '/v2/users',
      query: { cursor },
      signal,
    });
    return toPage({ items: page.users, skipped: 0 }, page.records, page.requestId);
  }

  /** `GET /v2/calls`, one page of basic call data; an empty result is an empty page. */
  listCalls(filter: CallFilter, cursor?: string, signal?: AbortSignal): Promise<GongPage<GongCallMetaData>> {
    return this.emptyOnNoCalls(async () => {
      const page = await this.request(callsPageSchema, {
        method: 'GET',
        path: '/v2/calls',
        query: {
          fromDateTime: filter.fromDateTime,
          toDateTime: filter.toDateTime,
          workspaceId: filter.workspaceId,
          cursor,
        },
        signal,
      });
      return toPage(usableRecords(page.calls, callMetaDataSchema), page.records, page.requestId);
    });
  }

  /** `POST /v2/calls/extensive`, one page; the cursor travels in the JSON body, as Gong requires. */
  listExtensiveCalls(
    filter: CallFilter,
    contentSelector: ContentSelector,
    cursor?: string,
    signal?: AbortSignal,
  ): Promise<GongPage<GongExtensiveCall>> {
    return this.emptyOnNoCalls(async () => {
      const page = await this.request(extensiveCallsPageSchema, {
        method: 'POST',
        path: '/v2/calls/extensive',
        body: { ...(cursor ? { cursor } : {}), filter, contentSelector },
        signal,
      });
      return toPage(usableRecords(page.calls, extensiveCallSchema), page.records, page.requestId);
    });
  }

  /** `POST /v2/calls/transcript`, one page. */
  listTranscripts(
    filter: CallFilter,
    cursor?: string,
    signal?: AbortSignal,
  ): Promise<GongPage<GongCallTranscript>> {
    return this.emptyOnNoCalls(async () => {
      const page = await this.request(transcriptsPageSchema, {
        method: 'POST',
        path: '/v2/calls/transcript',
        body: { ...(cursor ? { cursor } : {}), filter },
        signal,
      });
      return toPage(usableRecords(page.callTranscripts, callTranscriptSchema), page.records, page.requestId);
    });
  }

  private async emptyOnNoCalls<T>(load: () => Promise<GongPage<T>>): Promise<GongPage<T>> {
    try {
      return await load();
    } catch (error) {
      if (isNoCallsFound(error)) {
        return {
          items: [],
          skipped: 0,
          totalRecords: 0,
          pageNumber: 0,
          nextCursor: null,
          requestId: error.requestId,
        };
      }
      throw error;
    }
  }
}

/** True only for Gong's "No calls found" 404; any other 404 is a real error. */
function isNoCallsFound(error: unknown): error is GongApiError {
  return (
    error instanceof GongApiError && error.status === 404 && error.errors.includes(NO_CALLS_FOUND_MESSAGE)
  );
}

/**
 * Follows `records.cursor` from `startCursor` to the last page, yielding each page. The
 * caller may stop early; nothing is fetched ahead. A repeated cursor, or more pages than
 * `totalRecords` allows, throws {@link GongPagingError} instead of paging on forever.
 */
export async function* paginate<T>(
  loadPage: (cursor: string | undefined) => Promise<GongPage<T>>,
  startCursor?: string,
  what = 'listing',
): AsyncGenerator<GongPage<T>> {
  let cursor = startCursor;
  let trail = NEW_PAGE_TRAIL;
  for (;;) {
    const page = await loadPage(cursor);
    trail = followPage(trail, page, cursor, what);
    yield page;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

/** The records `schema` accepts, and how many it did not. */
function usableRecords<T>(
  records: readonly unknown[],
  schema: z.ZodType<T>,
): { items: T[]; skipped: number } {
  const items: T[] = [];
  for (const record of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success) items.push(parsed.data);
  }
  return { items, skipped: records.length - items.length };
}

function toPage<T>(
  { items, skipped }: { items: T[]; skipped: number },
  records: GongRecords,
  requestId: string | null | undefined,
): GongPage<T> {
  return {
    items,
    skipped,
    totalRecords: records.totalRecords,
    pageNumber: records.currentPageNumber,
    nextCursor: records.cursor ?? null,
    requestId: requestId ?? null,
  };
}
