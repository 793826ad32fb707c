import type { CallToolResult, ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { describeWorkflowError } from '../../client';
import { missingKeysMessage } from '../../adapters/codec/missing-keys';
import { runLink } from '../run-link';
import type { McpToolContext } from './tool-context';

/** What a tool handler receives from the SDK besides its arguments. */
export type ToolExtra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** How often a run's progress is read while a client waits with a progress token. */
const PROGRESS_POLL_MS = 500;

/** How one tool turns its run's result into MCP content. */
interface RunPresentation<R> {
  /** The text a model reads; the typed result goes to `structuredContent` as it is. */
  text(result: R): string;
  /** A line on the run's progress (the answer's `progress` query); none for runs without one. */
  progress?: () => Promise<string | null>;
}

/**
 * Waits for a run started for a tool call and returns its tool result: the text and the typed
 * result, the run's id and Web UI link in `_meta`. While the client waits with a progress token,
 * the run's progress goes out as progress notifications; its cancellation cancels the run. A run
 * that fails is a tool error (`isError`) naming its error kind, never a protocol error.
 */
export async function runAsTool<R>(
  context: McpToolContext,
  extra: ToolExtra,
  handle: WorkflowHandleWithFirstExecutionRunId,
  presentation: RunPresentation<R>,
): Promise<CallToolResult> {
  const link = runLink(
    context.uiUrl,
    context.address,
    context.namespace,
    handle.workflowId,
    handle.firstExecutionRunId,
  );
  const meta = { workflowId: handle.workflowId, runId: handle.firstExecutionRunId, runUrl: link.url };
  const cancel = () => void handle.cancel().catch(() => undefined);
  extra.signal.addEventListener('abort', cancel, { once: true });
  const stopProgress = reportProgress(extra, link.line, presentation.progress);
  try {
    const result = (await handle.result()) as R;
    return {
      content: [
        { type: 'text', text: presentation.text(result) },
        { type: 'text', text: link.line },
      ],
      structuredContent: result as Record<string, unknown>,
      _meta: meta,
    };
  } catch (error) {
    const missingKeys = missingKeysMessage(error);
    const { kind, message } = missingKeys
      ? { kind: 'encryption_keys', message: missingKeys }
      : describeWorkflowError(error);
    return {
      isError: true,
      content: [
        { type: 'text', text: `${kind}: ${message}` },
        { type: 'text', text: link.line },
      ],
      _meta: { ...meta, errorKind: kind },
    };
  } finally {
    stopProgress();
    extra.signal.removeEventListener('abort', cancel);
  }
}

/**
 * Sends `started` at once, then each new line `describe` gives, as progress notifications for
 * the request's progress token; nothing without one. Returns the function that stops it.
 */
function reportProgress(
  extra: ToolExtra,
  started: string,
  describe: (() => Promise<string | null>) | undefined,
): () => void {
  const progressToken = extra._meta?.progressToken;
  if (progressToken === undefined) return () => undefined;
  let stopped = false;
  // Progress must grow with each notification: it counts them.
  let sent = 0;
  let last: string | null = null;
  const send = async (message: string) => {
    if (stopped || message === last) return;
    last = message;
    sent += 1;
    await extra
      .sendNotification({
        method: 'notifications/progress',
        params: { progressToken, progress: sent, message },
      })
      .catch(() => undefined);
  };
  void (async () => {
    await send(started);
    while (describe && !stopped) {
      await new Promise((resolve) => setTimeout(resolve, PROGRESS_POLL_MS).unref());
      const line = await describe().catch(() => null);
      if (line) await send(line);
    }
  })();
  return () => {
    stopped = true;
  };
}
