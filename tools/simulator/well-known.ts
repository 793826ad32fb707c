/** Constants and formats shared by the data set and the server. */

/** The workspace most calls belong to. */
export const SIM_WORKSPACE_ID = '623457276584334000';
/** A second workspace holding a few calls, to exercise `workspaceId` filters. */
export const SIM_SECONDARY_WORKSPACE_ID = '623457276584334999';

/** Formats a date the way Gong does: ISO-8601 with seconds and an offset, no milliseconds. */
export function toGongDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Where simulated calls "live". The reserved `.invalid` top-level domain and the host name say the
 * link is simulated: no page of Gong's web application exists for a simulated call.
 */
export const SIMULATED_CALL_HOST = 'simulated-call.gong.invalid';

/** The link of a simulated call, in place of Gong's `https://app.gong.io/call?id=…`. */
export function simulatedCallUrl(callId: string): string {
  return `https://${SIMULATED_CALL_HOST}/call?id=${callId}`;
}

/** The link of a simulated call's recording. */
export function simulatedMediaUrl(callId: string, file: string): string {
  return `https://${SIMULATED_CALL_HOST}/media/${callId}/${file}`;
}
