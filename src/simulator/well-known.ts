/** Constants and formats shared by the data set and the server. */

/** The workspace most calls belong to. */
export const SIM_WORKSPACE_ID = '623457276584334000';
/** A second workspace holding a few calls, to exercise `workspaceId` filters. */
export const SIM_SECONDARY_WORKSPACE_ID = '623457276584334999';

/** Formats a date the way Gong does: ISO-8601 with seconds and an offset, no milliseconds. */
export function toGongDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
