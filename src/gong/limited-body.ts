import { FailureTypes } from '../api/failure-types';
import { GongWorkerError } from '../api/gong-worker-error';
import { formatBytes } from './payload-size';

/**
 * The default limit on a Gong response body: a few MB above the largest legitimate page (100
 * long transcripts, about 25 MB), far below what would strain the worker's memory.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** An upstream answered with a body over the limit; it was dropped unread. Retrying cannot help. */
export class ResponseTooLargeError extends GongWorkerError {
  override readonly name = 'ResponseTooLargeError';
  override readonly failureType = FailureTypes.responseTooLarge;
  constructor(
    /** Who answered and to what, e.g. `Gong (POST /v2/calls/transcript)`. */
    readonly what: string,
    readonly maxBytes: number,
    /** The setting that raises the limit, when there is one. */
    setting?: string,
  ) {
    super(
      `${what} answered with more than ${formatBytes(maxBytes)}, the most this worker reads${setting ? ` (${setting})` : ''}; the answer was dropped unread. Ask for less at once (fewer calls, a shorter range).`,
    );
  }
}

/**
 * Reads a response body as UTF-8 text, never holding more than `maxBytes` of it: an announced
 * `Content-Length` over the limit is refused before reading, and a body that streams past it
 * is cancelled as soon as it does. Throws {@link ResponseTooLargeError} in both cases.
 */
export async function readLimitedText(
  response: Response,
  maxBytes: number,
  what: string,
  setting?: string,
): Promise<string> {
  const announced = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(announced) && announced > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new ResponseTooLargeError(what, maxBytes, setting);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(what, maxBytes, setting);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}
