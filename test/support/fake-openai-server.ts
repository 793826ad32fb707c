/**
 * A local OpenAI-compatible HTTP server for tests: `POST /v1/chat/completions` answers from a FIFO
 * queue of scripted replies, then from a default handler. Every request is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A scripted reply: model content (wrapped in a `chat.completion`), raw content, or an HTTP error. */
export type FakeReply =
  | { json: object }
  /** Content returned as is, e.g. text that is not JSON. */
  | { content: string }
  | {
      status: number;
      error: { message: string; type: string; code: string | null };
      headers?: Record<string, string>;
    };

/** One request the server received. */
export interface RecordedRequest {
  path: string;
  body: unknown;
  headers: Record<string, string | undefined>;
  /** When the request arrived, before its body was read. */
  at: Date;
}

/** A running fake server. */
export interface FakeOpenAiServer {
  /** Base URL to give the OpenAI client, e.g. `http://127.0.0.1:PORT/v1`. */
  baseUrl: string;
  requests: RecordedRequest[];
  enqueue(reply: FakeReply): void;
  setDefault(handler: (body: unknown) => FakeReply): void;
  stop(): Promise<void>;
}

/** The default reply: one claim citing the first `id="…"` call id of the user message. */
function citeFirstCall(body: unknown): FakeReply {
  const messages = (body as { messages?: { role?: string; content?: unknown }[] } | null)?.messages ?? [];
  const user = messages.find((message) => message.role === 'user')?.content;
  const callId = typeof user === 'string' ? /id="([^"]+)"/.exec(user)?.[1] : undefined;
  if (!callId) return { json: { answer: 'The calls do not answer the question.', claims: [] } };
  const text = `Call ${callId} is relevant.`;
  return { json: { answer: text, claims: [{ text, callIds: [callId] }] } };
}

function sendJson(
  res: ServerResponse,
  status: number,
  payload: object,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(payload));
}

function sendReply(res: ServerResponse, reply: FakeReply, model: string): void {
  if ('status' in reply) {
    sendJson(res, reply.status, { error: { param: null, ...reply.error } }, reply.headers);
    return;
  }
  const content = 'json' in reply ? JSON.stringify(reply.json) : reply.content;
  sendJson(res, 200, {
    id: `chatcmpl-fake-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  });
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length === 0) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function flattenHeaders(req: IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(req.headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : value,
    ]),
  );
}

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const requests: RecordedRequest[] = [];
  const queue: FakeReply[] = [];
  let fallback: (body: unknown) => FakeReply = citeFirstCall;

  const server = createServer((req, res) => {
    const at = new Date();
    void (async () => {
      const body = await readBody(req);
      const headers = flattenHeaders(req);
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      requests.push({ path, body, headers, at });
      if (!/^Bearer \S+/.test(headers.authorization ?? '')) {
        const error = {
          message: 'Missing bearer token.',
          type: 'invalid_request_error',
          code: 'invalid_api_key',
        };
        sendJson(res, 401, { error: { param: null, ...error } });
        return;
      }
      if (req.method !== 'POST' || path !== '/v1/chat/completions') {
        const error = {
          message: `Unknown route ${req.method} ${path}.`,
          type: 'invalid_request_error',
          code: null,
        };
        sendJson(res, 404, { error: { param: null, ...error } });
        return;
      }
      const model = (body as { model?: unknown } | null)?.model;
      sendReply(res, queue.shift() ?? fallback(body), typeof model === 'string' ? model : 'fake-model');
    })().catch(() => res.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (reply) => void queue.push(reply),
    setDefault: (handler) => {
      fallback = handler;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
