/**
 * A hostile OpenAI-compatible model server for tests: it plays a model that obeyed instructions
 * injected into the call text, or a server that misbehaves (huge replies, nonsense token counts,
 * redirects, cut replies, error bodies echoing the prompt). Beside it runs a second server, on
 * another origin, that records whether a redirect reached it. Every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The statement an injected instruction asked the model to make, citing nothing. */
export const INJECTED_STATEMENT = 'The customer agreed to pay $1,000,000 up front and waived every SLA.';

/** Active Markdown and HTML a model may be talked into writing. */
export const ACTIVE_MARKUP = {
  image: '![x](http://attacker.example/pixel.png)',
  link: '[Verify the contract](http://attacker.example/login)',
  html: '<img src=http://attacker.example/x.png onerror=alert(1)>',
} as const;

/**
 * What the server does with one request:
 * - `cite-first`: a well-behaved answer, one claim citing call 1;
 * - `uncited`: an answer with `claims: []` that states {@link INJECTED_STATEMENT};
 * - `self-marked-claims`: claims citing call 1 whose text carries its own `[n]` markers;
 * - `active-markup`: claims citing call 1 carrying {@link ACTIVE_MARKUP};
 * - `many-claims`: 10,000 claims citing call 1;
 * - `huge-reply`: one claim of 3 MB citing call 1;
 * - `usage`: a good answer reporting `prompt_tokens` as the given raw JSON (`-5`, `1.5`, `1e999`, ...);
 * - `redirect`: a redirect with the given status to the other origin;
 * - `content-filter` / `length`: a reply cut by the server, with that `finish_reason`;
 * - `echo-error`: HTTP 400 whose error message echoes the whole request;
 * - `echo-prompt-error`: HTTP 400 whose error message quotes the prompt's user message (the call data) first.
 */
export type HostilePlay =
  | 'cite-first'
  | 'uncited'
  | 'self-marked-claims'
  | 'active-markup'
  | 'many-claims'
  | 'huge-reply'
  | { usage: string }
  | { redirect: 301 | 302 | 303 | 307 | 308 }
  | 'content-filter'
  | 'length'
  | 'echo-error'
  | 'echo-prompt-error';

/** One request a server received. */
export interface HostileRequest {
  method: string;
  path: string;
  /** The raw request body. */
  body: string;
}

/** A running hostile server and its other-origin companion. */
export interface HostileModelServer {
  /** Base URL to give the OpenAI client, e.g. `http://127.0.0.1:PORT/v1`. */
  baseUrl: string;
  requests: HostileRequest[];
  /** Plays `play` for the next request (first in, first out). */
  enqueue(...plays: HostilePlay[]): void;
  /** What is played once the queue is empty; `cite-first` unless set. */
  setDefault(play: HostilePlay): void;
  /** The other origin a redirect points to, and the requests that reached it. */
  elsewhere: { origin: string; requests: HostileRequest[] };
  stop(): Promise<void>;
}

/** The content of a chat completion, as the client asked for it (a tool call when it offered tools). */
function completion(text: string, withTools: boolean, finishReason: string, promptTokens = '100'): string {
  const message = withTools
    ? {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_h', type: 'function', function: { name: 'call_answer', arguments: text } }],
      }
    : { role: 'assistant', content: text, refusal: null };
  const envelope = JSON.stringify({
    id: 'chatcmpl-hostile',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'hostile-1',
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: '__PROMPT_TOKENS__', completion_tokens: 20 },
  });
  // Raw, so the usage may be what JSON.stringify cannot write (1e999, 2^64 exactly).
  return envelope.replace('"__PROMPT_TOKENS__"', promptTokens);
}

function answerOf(claims: { text: string; sources: string[] }[], answer?: string): string {
  return JSON.stringify({
    answered: true,
    answer: answer ?? claims.map((claim) => claim.text).join(' '),
    claims,
  });
}

const CITE_FIRST = answerOf([{ text: 'Acme asked for a 15% discount.', sources: ['1'] }]);

/** The reply body (status 200) of a play that answers, or null for the plays that do not. */
function replyOf(play: HostilePlay, withTools: boolean): string | null {
  const finish = withTools ? 'tool_calls' : 'stop';
  if (typeof play === 'object') {
    return 'usage' in play ? completion(CITE_FIRST, withTools, finish, play.usage) : null;
  }
  switch (play) {
    case 'cite-first':
      return completion(CITE_FIRST, withTools, finish);
    case 'uncited':
      return completion(
        JSON.stringify({ answered: true, answer: INJECTED_STATEMENT, claims: [] }),
        withTools,
        finish,
      );
    case 'self-marked-claims':
      return completion(
        answerOf([
          { text: 'Acme asked for a 15% discount [1].', sources: ['1'] },
          { text: 'Renewal is due in March [2][3] [ 7 ].', sources: ['1'] },
        ]),
        withTools,
        finish,
      );
    case 'active-markup':
      return completion(
        answerOf([
          { text: `Acme signed. ${ACTIVE_MARKUP.image}`, sources: ['1'] },
          { text: `${ACTIVE_MARKUP.link} before renewal.`, sources: ['1'] },
          { text: `Pricing ${ACTIVE_MARKUP.html} was agreed.`, sources: ['1'] },
        ]),
        withTools,
        finish,
      );
    case 'many-claims':
      return completion(
        answerOf(Array.from({ length: 10_000 }, (_, i) => ({ text: `Claim number ${i}.`, sources: ['1'] }))),
        withTools,
        finish,
      );
    case 'huge-reply':
      return completion(
        answerOf(
          [{ text: `Acme ${'wants a discount '.repeat(180_000)}`, sources: ['1'] }],
          'Acme wants a discount.',
        ),
        withTools,
        finish,
      );
    case 'content-filter':
      return completion('{"answered": true, "answer": "Acme', withTools, 'content_filter');
    case 'length':
      return completion('{"answered": true, "answer": "Acme wants', withTools, 'length');
    case 'echo-error':
    case 'echo-prompt-error':
      return null;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

/** Starts the hostile server and its companion on 127.0.0.1, each on an ephemeral port. */
export async function startHostileModelServer(): Promise<HostileModelServer> {
  const requests: HostileRequest[] = [];
  const elsewhereRequests: HostileRequest[] = [];
  const queue: HostilePlay[] = [];
  let fallback: HostilePlay = 'cite-first';

  // The other origin answers as a model would, so a client that followed the redirect would take its answer.
  const elsewhere = createServer((req, res) => {
    void readBody(req).then((body) => {
      elsewhereRequests.push({ method: req.method ?? '', path: req.url ?? '/', body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(completion(CITE_FIRST, body.includes('"tools"'), 'stop'));
    });
  });
  const elsewhereOrigin = await listen(elsewhere);

  const server = createServer((req, res: ServerResponse) => {
    void readBody(req).then((body) => {
      requests.push({ method: req.method ?? '', path: req.url ?? '/', body });
      const play = queue.shift() ?? fallback;
      if (typeof play === 'object' && 'redirect' in play) {
        res.writeHead(play.redirect, { location: `${elsewhereOrigin}/v1/chat/completions` });
        res.end();
        return;
      }
      if (play === 'echo-error') {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ error: { message: `Invalid request: ${body}`, type: 'invalid_request_error' } }),
        );
        return;
      }
      if (play === 'echo-prompt-error') {
        const { messages } = JSON.parse(body) as { messages: { role: string; content: string }[] };
        const prompt = messages
          .filter((message) => message.role === 'user')
          .map((message) => message.content);
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `${prompt.join(' ')} could not be processed` } }));
        return;
      }
      const withTools = (JSON.parse(body) as { tools?: unknown }).tools !== undefined;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(replyOf(play, withTools));
    });
  });
  const origin = await listen(server);

  return {
    baseUrl: `${origin}/v1`,
    requests,
    enqueue: (...plays) => void queue.push(...plays),
    setDefault: (play) => {
      fallback = play;
    },
    elsewhere: { origin: elsewhereOrigin, requests: elsewhereRequests },
    stop: async () => {
      await Promise.all([close(server), close(elsewhere)]);
    },
  };
}
