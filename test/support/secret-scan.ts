import { WorkflowFailedError, type WorkflowHandle } from '@temporalio/client';

/**
 * A run's history as text, every payload (inputs, results, failure details, summaries) decoded:
 * the history's JSON form carries payload bytes as base64, which a scan would read past.
 */
export async function historyText(handle: WorkflowHandle): Promise<string> {
  const json = JSON.parse(JSON.stringify(await handle.fetchHistory())) as unknown;
  return JSON.stringify(json, (_key, value: unknown) => (isEncodedPayload(value) ? decoded(value) : value));
}

interface EncodedPayload {
  metadata?: Record<string, string>;
  data: string;
}

function isEncodedPayload(value: unknown): value is EncodedPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { data, metadata } = value as { data?: unknown; metadata?: unknown };
  return typeof data === 'string' && (metadata === undefined || typeof metadata === 'object');
}

function decoded(payload: EncodedPayload) {
  const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
  return {
    metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([k, v]) => [k, text(v)])),
    data: text(payload.data),
  };
}

/** An error as a person or a log collector would read it: every own property and the cause's message. */
export function errorText(error: unknown): string {
  const cause = error instanceof WorkflowFailedError ? (error.cause?.message ?? '') : '';
  return `${JSON.stringify(error, Object.getOwnPropertyNames(error))}\n${cause}`;
}

/**
 * Every form a secret could be found in: as is, percent-encoded, and in base64 at each of the
 * three byte alignments (how it appears inside a longer base64 text, such as a Basic header).
 */
export function secretForms(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret)];
  for (const prefix of ['', 'x', 'xy']) {
    const encoded = Buffer.from(prefix + secret).toString('base64');
    // Only the characters that depend on the secret alone, not on the prefix or what follows.
    const start = Math.ceil((prefix.length * 4) / 3) + 1;
    const end = Math.floor(((prefix.length + secret.length) * 4) / 3) - 1;
    forms.push(encoded.slice(start, end));
  }
  return forms.filter((form) => form.length >= 8);
}
