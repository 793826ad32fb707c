/** Failure types an operator sees in the Temporal UI; also usable in retry policies. */
export const FailureTypes = {
  gongAuth: 'GongAuthError',
  gongRateLimited: 'GongRateLimited',
  gongClient: 'GongClientError',
  gongServer: 'GongServerError',
  gongTransport: 'GongTransportError',
  gongFormat: 'GongResponseFormatError',
  gongPaging: 'GongPagingError',
  urlNotAllowed: 'GongUrlNotAllowed',
  connectionNotFound: 'ConnectionNotFound',
  connectionCorrupt: 'ConnectionCorrupt',
  invalidInput: 'InvalidInput',
  openAiRateLimited: 'OpenAiRateLimited',
  openAiClient: 'OpenAiClientError',
  openAiServer: 'OpenAiServerError',
  payloadTooLarge: 'PayloadTooLarge',
} as const;
