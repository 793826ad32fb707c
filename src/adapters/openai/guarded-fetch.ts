import { readLimitedText } from '../../gong/limited-body';
import { createRedactor } from '../../gong/redact';
import { safeModelErrorBody } from './model-error-body';

/** An OpenAI answer is a few kB of JSON; this leaves ample room and still bounds memory. */
const OPENAI_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** The `fetch` the OpenAI SDK accepts. */
export type SdkFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A `fetch` for the OpenAI SDK that reads at most `maxBytes` of each answer (failing with
 * `ResponseTooLargeError` past it) and removes the API key from the answer before the SDK sees
 * it, so an echoed key (`Incorrect API key provided: sk-...`) never reaches an error message. An
 * error's body is cut short and cleared of what it echoes of the prompt (see `safeModelErrorBody`).
 * Redirects are not followed, as for Gong: the prompt is sent to the configured origin only, and
 * a 3xx reaches the SDK as the failure it is.
 */
export function guardedOpenAiFetch(options: {
  apiKey: string;
  maxBytes?: number;
  fetch?: SdkFetch;
}): SdkFetch {
  const redact = createRedactor([options.apiKey]);
  const baseFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return async (input, init) => {
    const response = await baseFetch(input, { ...init, redirect: 'manual' });
    const read = await readLimitedText(response, options.maxBytes ?? OPENAI_MAX_RESPONSE_BYTES, 'OpenAI');
    const text = response.status >= 400 ? safeModelErrorBody(redact(read), init?.body) : read;
    const headers = new Headers(response.headers);
    if (response.status >= 400) headers.set('content-type', 'application/json');
    // The body is handed on decoded and possibly shorter: these no longer describe it.
    headers.delete('content-length');
    headers.delete('content-encoding');
    // 204, 205 and 304 may not carry a body, even an empty one.
    const body = [204, 205, 304].includes(response.status) ? null : redact(text);
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}
