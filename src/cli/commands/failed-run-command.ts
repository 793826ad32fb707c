import { WorkflowFailedError } from '@temporalio/client';
import { describeWorkflowError } from '../../client';
import { CommandFailedError } from '../io';

/**
 * Awaits a run; a failed run becomes a {@link CommandFailedError} with the activity's own message
 * and the failure's kind (`gong_auth`, `model_timeout`, ...; `failed` when it has none), which
 * `--json` prints with Gong's status and request id when Gong answered.
 */
export async function unlessRunFailed<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (error) {
    if (error instanceof WorkflowFailedError) {
      const { kind, message, nonRetryable, ...gong } = describeWorkflowError(error);
      throw new CommandFailedError(message, kind === 'unknown' ? 'failed' : kind, { nonRetryable, ...gong });
    }
    throw error;
  }
}
