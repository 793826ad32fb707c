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
  connectionBusy: 'ConnectionBusy',
  invalidInput: 'InvalidInput',
  openAiRateLimited: 'OpenAiRateLimited',
  openAiClient: 'OpenAiClientError',
  openAiServer: 'OpenAiServerError',
  payloadTooLarge: 'PayloadTooLarge',
} as const;

/** A failure type name: `GongAuthError`, `ConnectionBusy`, ... */
export type FailureType = (typeof FailureTypes)[keyof typeof FailureTypes];
