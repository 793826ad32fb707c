/**
 * A local OpenAI-compatible HTTP server for tests: `POST /v1/chat/completions` answers from a FIFO
 * queue of scripted replies, then from a default handler. Every request is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A scripted reply: model content (wrapped in a `chat.completion`, or in a tool call when the
 * request offered tools), raw content, an HTTP error, a response recorded from a real server, or
 * none at all.
 */
export type FakeReply =
  | { json: object; finishReason?: 'stop' | 'length'; usage?: FakeUsage | null }
  /** Content returned as is, e.g. text that is not JSON. */
  | { content: string; finishReason?: 'stop' | 'length'; usage?: FakeUsage | null }
  | {
      status: number;
      error: { message: string; type: string; code: string | null };
      headers?: Record<string, string>;
    }
  | { recorded: RecordedResponse }
  /** Never answers, like a server still generating: the client gives up (its timeout or abort). */
  | { hang: true };

/**
 * The tokens a reply reports it used; {@link DEFAULT_USAGE} unless given, none at all when null
 * (servers that do not report usage).
 */
export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
}

/** What a reply reports it used unless it says otherwise. */
const DEFAULT_USAGE: FakeUsage = { prompt_tokens: 100, completion_tokens: 20 };

/** A real server's response, replayed byte for byte (see test/answering/recordings). */
export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

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

/**
 * The default reply: one claim citing the first numbered call of the user message, stating its
 * title, so the calls it cites state it.
 */
export function citeFirstCall(body: unknown): Extract<FakeReply, { json: object }> {
  const messages = (body as { messages?: { role?: string; content?: unknown }[] } | null)?.messages ?? [];
  const user = messages.find((message) => message.role === 'user')?.content;
  const call = typeof user === 'string' ? /<call number="(\d+)">\ntitle: ([^\n]*)/.exec(user) : null;
  if (!call) return { json: { answer: 'The calls do not answer the question.', claims: [] } };
  const [, label = '', title = ''] = call;
  const text = `Call ${label} is titled ${title}.`;
  return { json: { answer: text, claims: [{ text, sources: [label] }] } };
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

function sendReply(res: ServerResponse, reply: FakeReply, model: string, withTools: boolean): void {
  if ('hang' in reply) return;
  if ('recorded' in reply) {
    res.writeHead(reply.recorded.status, reply.recorded.headers);
    res.end(reply.recorded.body);
    return;
  }
  if ('status' in reply) {
    sendJson(res, reply.status, { error: { param: null, ...reply.error } }, reply.headers);
    return;
  }
  const text = 'json' in reply ? JSON.stringify(reply.json) : reply.content;
  const message = withTools
    ? {
        role: 'assistant',
        content: null,
        refusal: null,
        tool_calls: [
          { id: 'call_fake', type: 'function', function: { name: 'call_answer', arguments: text } },
        ],
      }
    : { role: 'assistant', content: text, refusal: null };
  sendJson(res, 200, {
    id: `chatcmpl-fake-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message,
        logprobs: null,
        finish_reason: reply.finishReason ?? (withTools ? 'tool_calls' : 'stop'),
      },
    ],
    ...usageOf(reply.usage === undefined ? DEFAULT_USAGE : reply.usage),
  });
}

function usageOf(usage: FakeUsage | null): { usage?: object } {
  if (usage === null) return {};
  return { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } };
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
      const { model, tools } = (body as { model?: unknown; tools?: unknown } | null) ?? {};
      sendReply(
        res,
        queue.shift() ?? fallback(body),
        typeof model === 'string' ? model : 'fake-model',
        Array.isArray(tools),
      );
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
