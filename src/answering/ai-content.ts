import type { CallContent } from '../gong/call-content-model';

/**
 * True when Gong has summarised the call (a brief, key points, highlights or an outline); false
 * for a call Gong is still processing, whose words only its transcript holds.
 */
export function hasAiContent(call: CallContent): boolean {
  return (
    (call.brief ?? '').trim().length > 0 ||
    call.keyPoints.length > 0 ||
    call.highlights.some((section) => section.items.length > 0) ||
    call.outline.some((section) => section.items.length > 0)
  );
}
