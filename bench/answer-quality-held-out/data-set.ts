/**
 * The frozen held-out data set of the answer-quality benchmark: six hand-written customer stories,
 * served by the Gong simulator as Gong would serve them. Calls are placed `daysAgo` before `now`,
 * so the set works on any clock: the runner passes the real time, the spec a fixed one.
 */
import type { SimDataSet } from '../../tools/simulator';
import { storyDataSet, type Story } from './story';
import { brightwaterLogistics } from './stories/brightwater-logistics';
import { corvidRobotics } from './stories/corvid-robotics';
import { halvorsenMarine } from './stories/halvorsen-marine';
import { meridianDental } from './stories/meridian-dental';
import { quillfeatherPublishing } from './stories/quillfeather-publishing';
import { tamarindHotels } from './stories/tamarind-hotels';

/** The instant the set was written for; the stories' dates ("December 16") read right around it. */
export const HELD_OUT_NOW = new Date('2026-12-07T12:00:00Z');

/** The six customer stories, in a fixed order (their index is part of their call ids). */
export const HELD_OUT_STORIES: readonly Story[] = [
  brightwaterLogistics,
  halvorsenMarine,
  quillfeatherPublishing,
  meridianDental,
  tamarindHotels,
  corvidRobotics,
];

/** The held-out data set with its calls placed relative to `now`. */
export function createHeldOutDataSet(now: Date = HELD_OUT_NOW): SimDataSet {
  return storyDataSet(HELD_OUT_STORIES, 2026_12_07, now);
}
