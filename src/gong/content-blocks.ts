import type { ContentSelector } from './client';

/** The blocks of Gong's AI content a caller may ask for; metadata, parties and speakers always come. */
const CONTENT_BLOCKS = [
  'brief',
  'outline',
  'highlights',
  'keyPoints',
  'callOutcome',
  'topics',
  'pointsOfInterest',
] as const;

/** One block of {@link CONTENT_BLOCKS}. */
export type ContentBlock = (typeof CONTENT_BLOCKS)[number];

/**
 * The `contentSelector` that reads the given content blocks (all of them when `include` is
 * absent), with parties and speakers so participants and talk time are always named.
 */
export function contentSelectorFor(include?: readonly ContentBlock[]): ContentSelector {
  const wanted = new Set<ContentBlock>(include ?? CONTENT_BLOCKS);
  return {
    context: 'Extended',
    exposedFields: {
      parties: true,
      content: Object.fromEntries(CONTENT_BLOCKS.map((block) => [block, wanted.has(block)])),
      interaction: { speakers: true },
    },
  };
}
