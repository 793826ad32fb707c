/**
 * Where a call's link may point for it to be shown as a link: Gong (`https://*.gong.io`) or the
 * simulator's call host (the reserved `.invalid` domain, which never resolves). Anything else a
 * listing returned is shown as plain text. Pure, so workflows can render it.
 */
const GONG_SUFFIX = '.gong.io';
/** The host the Gong simulator gives its calls' links (tools/simulator). */
const SIMULATED_CALL_HOST = 'simulated-call.gong.invalid';

/**
 * True when `url` is an `https` link to Gong or to a simulated call, with no user-info or port.
 * Read with a pattern, not `URL`: workflows render it, and a host is all it needs.
 */
export function isCallLink(url: string): boolean {
  const host = /^https:\/\/([a-z0-9.-]+)(?:[/?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return false;
  return (host.endsWith(GONG_SUFFIX) && host.length > GONG_SUFFIX.length) || host === SIMULATED_CALL_HOST;
}
