import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Version string the simulator reports in `x-gong-service-version`. */
export const SIM_SERVICE_VERSION = 'gong-simulator-2026.1';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh request id like Gong's: 19 lower-case alphanumerics. */
export function newRequestId(): string {
  return Array.from(randomBytes(19), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

/** Reads the whole request body as text. */
export async function readBodyText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Sends `body` as JSON with the headers every Gong response carries. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-gong-service-version': SIM_SERVICE_VERSION,
    'x-traceid': randomBytes(16).toString('hex'),
    ...headers,
  });
  res.end(text);
}
