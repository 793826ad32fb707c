/**
 * The third dev data set (dev-c) of the answer-quality benchmark: six hand-written customer
 * stories by an author who never read the answerer, served by the Gong simulator as Gong would
 * serve them. Calls are placed `daysAgo` before `now`, so the set works on any clock.
 */
import type { SimDataSet } from '../../tools/simulator';
import { storyDataSet, type Story } from '../answer-quality-held-out/story';
import { bramblecrestMountainResorts } from './stories/bramblecrest-mountain-resorts';
import { greyfieldWasteRecycling } from './stories/greyfield-waste-recycling';
import { halvardRobotics } from './stories/halvard-robotics';
import { harrowgateDentalPartners } from './stories/harrowgate-dental-partners';
import { quillmoorPictures } from './stories/quillmoor-pictures';
import { redhollowFootballClub } from './stories/redhollow-football-club';

/** The instant the set was written for; the stories' dates read right around it. */
export const DEV_C_NOW = new Date('2026-12-08T12:00:00Z');

/** The six customer stories, in a fixed order (their index is part of their call ids). */
const DEV_C_STORIES: readonly Story[] = [
  harrowgateDentalPartners,
  quillmoorPictures,
  halvardRobotics,
  bramblecrestMountainResorts,
  greyfieldWasteRecycling,
  redhollowFootballClub,
];

/** The dev-c data set with its calls placed relative to `now`. */
export function createDevCDataSet(now: Date = DEV_C_NOW): SimDataSet {
  return storyDataSet(DEV_C_STORIES, 2026_12_10, now);
}
