import { runUrl } from './format';

/** The dev server's usual addresses: its Web UI is on 8233 unless `dev` said otherwise. */
const DEFAULT_DEV_ADDRESSES = new Set(['localhost:7233', '127.0.0.1:7233']);
const DEFAULT_DEV_UI = 'http://localhost:8233';

/**
 * The Web UI link of a run on the server at `address`: from `uiUrl` (`TEMPORAL_UI_URL`), or the dev
 * server's default UI when `address` is the default one. For any other server there is no
 * link, since guessing one would point at another server's UI; the line says what to set.
 */
export function runLink(
  uiUrl: string | null,
  address: string,
  namespace: string,
  workflowId: string,
  runId: string,
): { url: string | null; line: string } {
  const ui = uiUrl || (DEFAULT_DEV_ADDRESSES.has(address) ? DEFAULT_DEV_UI : null);
  if (ui === null) {
    return {
      url: null,
      line: `Run ${workflowId} on Temporal at ${address} (set TEMPORAL_UI_URL to its Web UI for a link)`,
    };
  }
  const url = runUrl(ui, namespace, workflowId, runId);
  return { url, line: `Run in the Temporal UI: ${url}` };
}
