import { readLimitedText } from '../../gong/limited-body';
import { createRedactor } from '../../gong/redact';

/** An OpenAI answer is a few kB of JSON; this leaves ample room and still bounds memory. */
const OPENAI_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** The `fetch` the OpenAI SDK accepts. */
export type SdkFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A `fetch` for the OpenAI SDK that reads at most `maxBytes` of each answer (failing with
 * `ResponseTooLargeError` past it) and removes the API key from the answer before the SDK sees
 * it, so an echoed key (`Incorrect API key provided: sk-...`) never reaches an error message.
 */
export function guardedOpenAiFetch(options: {
  apiKey: string;
  maxBytes?: number;
  fetch?: SdkFetch;
}): SdkFetch {
  const redact = createRedactor([options.apiKey]);
  const baseFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return async (input, init) => {
    const response = await baseFetch(input, init);
    const text = await readLimitedText(response, options.maxBytes ?? OPENAI_MAX_RESPONSE_BYTES, 'OpenAI');
    const headers = new Headers(response.headers);
    // The body is handed on decoded and possibly shorter: these no longer describe it.
    headers.delete('content-length');
    headers.delete('content-encoding');
    // 204, 205 and 304 may not carry a body, even an empty one.
    const body = [204, 205, 304].includes(response.status) ? null : redact(text);
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}
