import { activityInfo } from '@temporalio/activity';
import { PACING_STAGE, type PacingPriority } from '../gong/grant-order';

/**
 * The running activity's requests' priority at the pacer: its stage, and when the activity was
 * first scheduled (the same on every attempt, so a resumed listing keeps its place).
 */
export function pacingPriority(stage: keyof typeof PACING_STAGE): PacingPriority {
  return { stage: PACING_STAGE[stage], since: activityInfo().scheduledTimestampMs };
}
