/**
 * The second dev data set (dev-b) of the answer-quality benchmark: five hand-written customer
 * stories by an author who never read the answerer, served by the Gong simulator as Gong would
 * serve them. Calls are placed `daysAgo` before `now`, so the set works on any clock.
 */
import type { SimDataSet } from '../../tools/simulator';
import { storyDataSet, type Story } from '../answer-quality-held-out/story';
import { brackenridgeVeterinaryPartners } from './stories/brackenridge-veterinary-partners';
import { copperlineHotels } from './stories/copperline-hotels';
import { fenwickDairyCooperative } from './stories/fenwick-dairy-cooperative';
import { tidemarkFreight } from './stories/tidemark-freight';
import { whitcombeFrey } from './stories/whitcombe-frey';

/** The instant the set was written for; the stories' dates read right around it. */
export const DEV_B_NOW = new Date('2026-12-07T12:00:00Z');

/** The five customer stories, in a fixed order (their index is part of their call ids). */
const DEV_B_STORIES: readonly Story[] = [
  tidemarkFreight,
  copperlineHotels,
  whitcombeFrey,
  fenwickDairyCooperative,
  brackenridgeVeterinaryPartners,
];

/** The dev-b data set with its calls placed relative to `now`. */
export function createDevBDataSet(now: Date = DEV_B_NOW): SimDataSet {
  return storyDataSet(DEV_B_STORIES, 2026_12_09, now);
}
