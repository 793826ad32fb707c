import { WorkflowFailedError } from '@temporalio/client';
import { describeWorkflowError } from '../../client';
import { CommandFailedError } from '../io';

/** Awaits a run; a failed run becomes a {@link CommandFailedError} with the activity's own message. */
export async function unlessRunFailed<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (error) {
    if (error instanceof WorkflowFailedError) {
      throw new CommandFailedError(describeWorkflowError(error).message);
    }
    throw error;
  }
}
