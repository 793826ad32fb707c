import { toApplicationFailure } from './to-application-failure';

/** Runs an activity body and turns domain errors into the Temporal failures they deserve. */
export function adapt<I, O>(body: (input: I) => Promise<O>): (input: I) => Promise<O> {
  return async (input) => {
    try {
      return await body(input);
    } catch (error) {
      throw toApplicationFailure(error);
    }
  };
}
