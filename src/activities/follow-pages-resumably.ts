import { activityInfo, heartbeat, log } from '@temporalio/activity';
import { z } from 'zod';
import type { GongPage } from '../gong/client';
import { GongApiError } from '../gong/errors';

/** How often to heartbeat while a page is being fetched, well inside the listing's heartbeat timeout. */
export const IN_FLIGHT_HEARTBEAT_MS = 5_000;

/** An expired cursor restarts the listing; this many restarts in one attempt mean something is wrong. */
export const MAX_LISTING_RESTARTS = 3;

/** Options of {@link followPagesResumably}. */
export interface ResumableListing<T, S> {
  /** What is listed, for the logs. */
  what: string;
  /** The accumulated state before the first page. */
  initial: S;
  /** Validates the state found in a heartbeat, so a malformed one restarts instead of corrupting. */
  stateSchema: z.ZodType<S>;
  loadPage: (cursor: string | undefined) => Promise<GongPage<T>>;
  /** Folds one page into the state; keep the state small, it travels in every heartbeat. */
  reduce: (state: S, page: GongPage<T>) => S;
}

/**
 * Follows every page of a Gong listing inside an activity. After each page it heartbeats the
 * next cursor and the state so far, so a retry on another worker resumes from the last page
 * instead of the first; an expired cursor (which never works again) restarts the listing.
 */
export async function followPagesResumably<T, S>(
  listing: ResumableListing<T, S>,
): Promise<{ state: S; pagesFetched: number }> {
  const progressSchema = z.object({
    cursor: z.string().nullable(),
    pagesFetched: z.number().int().nonnegative(),
    state: listing.stateSchema,
  });
  const start = { cursor: null, pagesFetched: 0, state: listing.initial };
  const resumed = progressSchema.safeParse(activityInfo().heartbeatDetails);
  let progress: z.infer<typeof progressSchema> = resumed.success ? resumed.data : start;
  if (resumed.success)
    log.info(`Resuming the ${listing.what} from its heartbeat`, { pagesFetched: progress.pagesFetched });
  let restarts = 0;

  while (!(progress.pagesFetched > 0 && progress.cursor === null)) {
    let page: GongPage<T>;
    try {
      page = await whileHeartbeating(progress, () => listing.loadPage(progress.cursor ?? undefined));
    } catch (error) {
      if (!(error instanceof GongApiError && error.isCursorExpired) || restarts >= MAX_LISTING_RESTARTS)
        throw error;
      restarts += 1;
      log.warn(`Gong cursor expired; restarting the ${listing.what}`, { restarts });
      progress = start;
      continue;
    }
    progress = {
      cursor: page.nextCursor,
      pagesFetched: progress.pagesFetched + 1,
      state: listing.reduce(progress.state, page),
    };
    heartbeat(progress);
  }
  return { state: progress.state, pagesFetched: progress.pagesFetched };
}

/** Keeps heartbeating `details` while a slow page (rate-limit pacing, a slow Gong) is in flight. */
export async function whileHeartbeating<T>(details: unknown, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => heartbeat(details), IN_FLIGHT_HEARTBEAT_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
