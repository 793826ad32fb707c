/**
 * The dev data set of the answer-quality benchmark: six hand-written customer stories (two authors,
 * three each, none of whom read the answerer), served by the Gong simulator as Gong would serve
 * them. Calls are placed `daysAgo` before `now`, so the set works on any clock.
 */
import type { SimDataSet } from '../../tools/simulator';
import { storyDataSet, type Story } from '../answer-quality-held-out/story';
import { basaltConstructionGroup } from './stories/basalt-construction-group';
import { kestrelValleyWater } from './stories/kestrel-valley-water';
import { larkspurCreditUnion } from './stories/larkspur-credit-union';
import { northgateUniversity } from './stories/northgate-university';
import { orielBiosciences } from './stories/oriel-biosciences';
import { velvetFoxApparel } from './stories/velvet-fox-apparel';

/** The instant the set was written for; the stories' dates read right around it. */
export const DEV_NOW = new Date('2026-12-07T12:00:00Z');

/** The six customer stories, in a fixed order (their index is part of their call ids). */
const DEV_STORIES: readonly Story[] = [
  larkspurCreditUnion,
  northgateUniversity,
  basaltConstructionGroup,
  velvetFoxApparel,
  orielBiosciences,
  kestrelValleyWater,
];

/** The dev data set with its calls placed relative to `now`. */
export function createDevDataSet(now: Date = DEV_NOW): SimDataSet {
  return storyDataSet(DEV_STORIES, 2026_12_08, now);
}
