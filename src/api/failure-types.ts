/** Failure types an operator sees in the Temporal UI; also usable in retry policies. */
export const FailureTypes = {
  gongAuth: 'GongAuthError',
  gongRateLimited: 'GongRateLimited',
  gongClient: 'GongClientError',
  gongServer: 'GongServerError',
  gongTransport: 'GongTransportError',
  gongFormat: 'GongResponseFormatError',
  gongPaging: 'GongPagingError',
  retryAfterTooLong: 'RetryAfterTooLong',
  responseTooLarge: 'ResponseTooLarge',
  urlNotAllowed: 'GongUrlNotAllowed',
  connectionNotFound: 'ConnectionNotFound',
  connectionCorrupt: 'ConnectionCorrupt',
  /** Sealed under a secrets key this process does not hold (yet): another replica, or a later attempt, may. */
  secretKeyNotHeld: 'SecretKeyNotHeld',
  connectionBusy: 'ConnectionBusy',
  connectionStoreUnavailable: 'ConnectionStoreUnavailable',
  invalidInput: 'InvalidInput',
  /** Failures of the answering model (raised with `OPENAI_FALLBACK=fail`; else the run answers extractively). */
  modelUnavailable: 'ModelUnavailable',
  modelRejectedRequest: 'ModelRejectedRequest',
  modelContextExceeded: 'ModelContextExceeded',
  modelTimeout: 'ModelTimeout',
  modelBadReply: 'ModelBadReply',
  /** Raised by workers before model failures had kinds; still read in their runs' histories. */
  openAiRateLimited: 'OpenAiRateLimited',
  openAiClient: 'OpenAiClientError',
  openAiServer: 'OpenAiServerError',
  payloadTooLarge: 'PayloadTooLarge',
} as const;

/** A failure type name: `GongAuthError`, `ConnectionBusy`, ... */
export type FailureType = (typeof FailureTypes)[keyof typeof FailureTypes];
