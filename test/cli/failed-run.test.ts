import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure, RetryState } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { FailureTypes } from '../../src/api/failure-types';
import { unlessRunFailed } from '../../src/cli/commands/failed-run-command';
import { CommandFailedError } from '../../src/cli/io';

/** A run that failed with `failure`, as the client reports it. */
function failedRun(failure: ApplicationFailure): Promise<never> {
  return Promise.reject(
    new WorkflowFailedError('Workflow execution failed', failure, RetryState.NON_RETRYABLE_FAILURE),
  );
}

async function commandError(run: Promise<unknown>): Promise<CommandFailedError> {
  const error = await unlessRunFailed(run).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CommandFailedError);
  return error as CommandFailedError;
}

describe('a failed run, as ask --json reports it', () => {
  it('keeps the kind of a model failure', async () => {
    const error = await commandError(
      failedRun(
        ApplicationFailure.nonRetryable('The model did not reply in time.', FailureTypes.modelTimeout),
      ),
    );
    expect(error).toMatchObject({ kind: 'model_timeout', message: 'The model did not reply in time.' });
    expect(error.details).toEqual({ nonRetryable: true });
  });

  it("keeps the kind of a Gong failure, with Gong's status and request id", async () => {
    const failure = ApplicationFailure.create({
      message: 'Validate credentials failed.',
      type: FailureTypes.gongAuth,
      nonRetryable: true,
      details: [{ status: 401, requestId: 'req-1' }],
    });
    const error = await commandError(failedRun(failure));
    expect(error).toMatchObject({ kind: 'gong_auth', details: { gongStatus: 401, gongRequestId: 'req-1' } });
  });

  it('says failed when the failure has no known kind', async () => {
    const error = await commandError(failedRun(ApplicationFailure.retryable('boom', 'SomethingElse')));
    expect(error.kind).toBe('failed');
  });
});
