/** Longest reason kept from a model server's error: enough for "model not found" or a context limit. */
const MAX_REASON_CHARS = 300;
/** Characters of an error body looked at for echoes; the rest is dropped unread. */
const MAX_SCANNED_CHARS = 4_000;
/** Longest `type`, `code` or `param` kept. */
const MAX_FIELD_CHARS = 100;
/** What replaces text a server echoed from the request. */
const ECHOED = '[request text]';

/** The call data and question sent: the user messages, as sent (JSON-escaped) and as read. */
function sentText(requestBody: unknown): string {
  if (typeof requestBody !== 'string') return '';
  try {
    const { messages } = JSON.parse(requestBody) as { messages?: { role?: unknown; content?: unknown }[] };
    const user = (messages ?? [])
      .filter((message) => message.role === 'user' && typeof message.content === 'string')
      .map((message) => String(message.content));
    return [...user, ...user.map((content) => JSON.stringify(content))].join('\n').replace(/\s+/g, ' ');
  } catch {
    return requestBody.replace(/\s+/g, ' ');
  }
}

/**
 * `text` without the runs of two or more words that also occur in `sent`, cut to `maxChars`:
 * what a server echoes from a request (call titles, participants, briefs) is left out.
 */
function withoutEcho(text: string, sent: string, maxChars: number): string {
  const words = text.slice(0, MAX_SCANNED_CHARS).split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let start = 0; start < words.length;) {
    let end = start;
    while (end < words.length && sent.includes(words.slice(start, end + 1).join(' '))) end += 1;
    if (end - start >= 2) {
      if (kept.at(-1) !== ECHOED) kept.push(ECHOED);
      start = end;
    } else {
      kept.push(words[start] ?? '');
      start += 1;
    }
  }
  const reason = kept.join(' ');
  return reason.length > maxChars ? `${reason.slice(0, maxChars)}…` : reason;
}

/**
 * A model server's error body made safe to log and keep: the status stays with the response, and
 * the body becomes an OpenAI-style error whose message, type, code and param are short and hold
 * nothing echoed from the request (`requestBody`), since logs and spans are not encrypted.
 */
export function safeModelErrorBody(body: string, requestBody: unknown): string {
  const sent = sentText(requestBody);
  const clean = (value: unknown, maxChars: number) =>
    typeof value === 'string' || typeof value === 'number'
      ? withoutEcho(String(value), sent, maxChars)
      : null;
  let error: Record<string, unknown> | null = null;
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    if (parsed.error && typeof parsed.error === 'object') error = parsed.error as Record<string, unknown>;
  } catch {
    // not JSON: an HTML page or plain text
  }
  return JSON.stringify({
    error: {
      message: clean(error ? error.message : body, MAX_REASON_CHARS) ?? '',
      type: clean(error?.type, MAX_FIELD_CHARS),
      code: clean(error?.code, MAX_FIELD_CHARS),
      param: clean(error?.param, MAX_FIELD_CHARS),
    },
  });
}
