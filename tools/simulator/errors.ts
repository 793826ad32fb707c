/** An error the simulator answers with Gong's error envelope: `{requestId, errors: [...]}`. */
export class GongHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errors: string[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errors.join('; '));
    this.name = 'GongHttpError';
  }
}

/** The only 404 message that means "the filter matched nothing". */
export const NO_CALLS_FOUND = 'No calls found corresponding to the provided filters';

/** Gong's 401 message for a bad or missing key pair. */
export const INVALID_CREDENTIALS =
  'Validate credentials failed. Please check your credentials and try again.';

/** A 400 with Gong's envelope. */
export function badRequest(message: string): GongHttpError {
  return new GongHttpError(400, [message]);
}
