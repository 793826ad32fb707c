import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult, Progress } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SIM_ACCOUNT } from '../../tools/simulator';
import { callDaysAgo } from '../support/call-fixtures';
import { startGongHarness, type GongHarness } from '../support/gong-harness';
import { bareEnv, killGroup, REPO_ROOT, runCli, startCli } from './cli-process';

let h: GongHarness;
beforeAll(async () => {
  h = await startGongHarness();
  await h.addConnection('acme');
  await h.addConnection('bad-keys', { accessKeySecret: 'wrong-secret' });
  h.simulator.dataSet.calls = [
    callDaysAgo(2, {
      title: 'Acme pricing call',
      content: { keyPoints: [{ text: 'Acme wants a lower price per seat.' }] },
    }),
  ];
});
afterAll(() => h?.close());

/** What `gong-worker mcp` reads: the test server, a task queue, the harness's connections. */
function serverEnv(taskQueue: string): Record<string, string> {
  return bareEnv({
    TEMPORAL_ADDRESS: h.temporal.address,
    TEMPORAL_TASK_QUEUE: taskQueue,
    GONG_CONNECTIONS_DIR: h.connectionsDir,
    TEMPORAL_UI_URL: 'http://localhost:8233',
  });
}

/** Runs `body` with an SDK client of `gong-worker mcp ...flags` spawned over stdio. */
async function overStdio<T>(
  taskQueue: string,
  flags: string[],
  body: (client: Client) => Promise<T>,
): Promise<T> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [join(REPO_ROOT, 'bin', 'gong-worker.js'), 'mcp', ...flags],
    cwd: REPO_ROOT,
    env: { GONG_WORKER_FROM_SOURCE: '1', ...serverEnv(taskQueue) },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'mcp-spec', version: '1.0.0' });
  await client.connect(transport);
  try {
    return await body(client);
  } finally {
    await client.close();
  }
}

const textOf = (result: CallToolResult) =>
  result.content.map((item) => (item.type === 'text' ? item.text : '')).join('\n');

const ask = (question: string) => ({
  name: 'answer_question_about_customer_call',
  arguments: { connectionId: 'acme', customerName: 'Acme', question },
});

it('lists the seven Gong tools, read-only ones annotated so, gong_api_request read-only by default', async () => {
  const { tools } = await h.withWorker((taskQueue) =>
    overStdio(taskQueue, [], (client) => client.listTools()),
  );
  expect(tools.map((tool) => tool.name).sort()).toEqual([
    'answer_question_about_customer_call',
    'check_gong_connection',
    'get_call_content',
    'get_call_transcripts',
    'gong_api_request',
    'list_connections',
    'search_calls',
  ]);
  const answer = tools.find((tool) => tool.name === 'answer_question_about_customer_call');
  expect(answer?.description).toContain('5 most recent matching calls of the last 90 days');
  expect(answer?.inputSchema.required).toEqual(['connectionId', 'customerName', 'question']);
  expect(answer?.annotations).toMatchObject({ readOnlyHint: true, idempotentHint: true });
  const request = tools.find((tool) => tool.name === 'gong_api_request');
  expect(request?.description).toContain('only GET is sent (start it with --allow-writes');
  expect(request?.annotations?.readOnlyHint).toBe(true);
}, 60_000);

it("answers a question with the answer's Markdown, numbered sources and the run's id and link", async () => {
  const result = (await h.withWorker((taskQueue) =>
    overStdio(taskQueue, [], (client) => client.callTool(ask('What about price?'))),
  )) as CallToolResult;
  expect(result.isError).toBeFalsy();
  expect(textOf(result)).toContain('"Acme wants a lower price per seat." \\[1\\]');
  expect(result.structuredContent).toMatchObject({
    status: 'answered',
    citations: [{ title: 'Acme pricing call' }],
  });
  expect(result._meta?.workflowId).toMatch(/^answer-acme-[0-9a-f-]{36}$/);
  expect(result._meta?.runUrl).toBe(
    `http://localhost:8233/namespaces/default/workflows/${String(result._meta?.workflowId)}/${String(result._meta?.runId)}/history`,
  );
}, 60_000);

it("sends the run's progress as MCP progress notifications while the answer is read", async () => {
  h.simulator.setLatency(1_500);
  const progress: Progress[] = [];
  try {
    await h.withWorker((taskQueue) =>
      overStdio(taskQueue, [], (client) =>
        client.callTool(ask('What about price?'), undefined, { onprogress: (p) => progress.push(p) }),
      ),
    );
  } finally {
    h.simulator.setLatency(0);
  }
  const messages = progress.map((p) => p.message ?? '');
  expect(messages[0]).toMatch(/^Run in the Temporal UI: http:\/\/localhost:8233\/.*answer-acme-/);
  expect(messages.some((m) => /^(Finding the customer's calls|Reading the matched calls)/.test(m))).toBe(
    true,
  );
  expect(progress.map((p) => p.progress)).toEqual(progress.map((_, i) => i + 1));
}, 60_000);

it('cancelling a call cancels its run: the run ends Canceled', async () => {
  h.simulator.setLatency(8_000);
  h.simulator.clearRequests();
  const runLinks: string[] = [];
  try {
    await h.withWorker((taskQueue) =>
      overStdio(taskQueue, [], async (client) => {
        const cancel = new AbortController();
        const call = client
          .callTool(ask('Pricing?'), undefined, {
            signal: cancel.signal,
            onprogress: (p) => runLinks.push(p.message ?? ''),
          })
          .catch((error: unknown) => error);
        for (let i = 0; i < 300 && (h.simulator.requests.length === 0 || runLinks.length === 0); i++)
          await new Promise((resolve) => setTimeout(resolve, 100));
        cancel.abort('the user changed their mind');
        expect(await call).toBeInstanceOf(Error);
        const workflowId = /workflows\/(answer-acme-[0-9a-f-]{36})\//.exec(runLinks[0] ?? '')?.[1];
        expect(workflowId, runLinks.join('\n')).toBeDefined();
        let status = '';
        for (let i = 0; i < 100 && status !== 'CANCELLED'; i++) {
          status = (await h.client.workflow.getHandle(workflowId!).describe()).status.name;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        expect(status).toBe('CANCELLED');
      }),
    );
  } finally {
    h.simulator.setLatency(0);
  }
}, 90_000);

it("a Gong 401 is a tool error naming the kind gong_auth, with Gong's reason and no stack", async () => {
  const result = (await h.withWorker((taskQueue) =>
    overStdio(taskQueue, [], (client) =>
      client.callTool({ name: 'check_gong_connection', arguments: { connectionId: 'bad-keys' } }),
    ),
  )) as CallToolResult;
  expect(result.isError).toBe(true);
  expect(textOf(result)).toMatch(/^gong_auth: Validate credentials failed/);
  expect(textOf(result)).not.toMatch(/\n\s+at /);
  expect(result._meta).toMatchObject({
    errorKind: 'gong_auth',
    workflowId: expect.stringMatching(/^gong-health-bad-keys-/),
  });
}, 60_000);

it('refuses a write without --allow-writes as a tool error, and sends nothing to Gong', async () => {
  h.simulator.clearRequests();
  const result = (await h.withWorker((taskQueue) =>
    overStdio(taskQueue, [], (client) =>
      client.callTool({
        name: 'gong_api_request',
        arguments: { connectionId: 'acme', method: 'POST', path: '/v2/calls/extensive', body: {} },
      }),
    ),
  )) as CallToolResult;
  expect(result.isError).toBe(true);
  expect(textOf(result)).toContain(
    'writes_not_allowed: this MCP server is read-only and sends only GET; POST was not sent',
  );
  expect(h.simulator.requests).toEqual([]);
}, 60_000);

it('sends a write when started with --allow-writes, and says so in the tool description', async () => {
  const { tools, result } = await h.withWorker((taskQueue) =>
    overStdio(taskQueue, ['--allow-writes'], async (client) => ({
      tools: (await client.listTools()).tools,
      result: (await client.callTool({
        name: 'gong_api_request',
        arguments: {
          connectionId: 'acme',
          method: 'POST',
          path: '/v2/calls/extensive',
          body: { filter: {} },
        },
      })) as CallToolResult,
    })),
  );
  expect(tools.find((tool) => tool.name === 'gong_api_request')?.description).toContain(
    'started with --allow-writes',
  );
  expect(result.isError).toBeFalsy();
  expect(result.structuredContent).toMatchObject({ status: 200 });
}, 60_000);

it('lists connections by id and base URL, never their keys', async () => {
  const result = (await h.withWorker((taskQueue) =>
    overStdio(taskQueue, [], (client) => client.callTool({ name: 'list_connections', arguments: {} })),
  )) as CallToolResult;
  expect(result.structuredContent).toEqual({
    connections: [
      { id: 'acme', baseUrl: 'us-12345.api.gong.io' },
      { id: 'bad-keys', baseUrl: 'us-12345.api.gong.io' },
    ],
  });
  expect(JSON.stringify(result)).not.toContain(DEFAULT_SIM_ACCOUNT.accessKey);
}, 60_000);

it('serves Streamable HTTP with a bearer token: answers with progress, refuses a wrong token', async () => {
  const token = 'mcp-spec-token-0123456789';
  await h.withWorker(async (taskQueue) => {
    const server = startCli(['mcp', '--http', '127.0.0.1:0'], {
      ...serverEnv(taskQueue),
      MCP_SERVER_TOKEN: token,
    });
    try {
      const [, url] = (await server.waitForOutput(/^MCP server on (\S+) /m, 30_000)) as [string, string];
      const refused = new Client({ name: 'intruder', version: '1.0.0' });
      await expect(
        refused.connect(
          new StreamableHTTPClientTransport(new URL(url), {
            requestInit: { headers: { Authorization: 'Bearer wrong' } },
          }),
        ),
      ).rejects.toMatchObject({ code: 401 });
      const client = new Client({ name: 'mcp-spec', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(url), {
          requestInit: { headers: { Authorization: `Bearer ${token}` } },
        }),
      );
      const progress: Progress[] = [];
      const result = (await client.callTool(ask('What about price?'), undefined, {
        onprogress: (p) => progress.push(p),
      })) as CallToolResult;
      await client.close();
      expect(textOf(result)).toContain('"Acme wants a lower price per seat." \\[1\\]');
      expect(progress[0]?.message).toMatch(/^Run in the Temporal UI: /);
    } finally {
      killGroup(server);
    }
  });
}, 90_000);

it('refuses --http on a non-loopback address without MCP_SERVER_TOKEN, before connecting anywhere', async () => {
  const { code, stderr } = await runCli(
    ['mcp', '--http', '0.0.0.0:0'],
    bareEnv({ TEMPORAL_ADDRESS: '127.0.0.1:1' }),
  );
  expect(code).toBe(2);
  expect(stderr).toContain(
    'error: --http 0.0.0.0:0: the MCP server would run Gong requests for anyone who can reach 0.0.0.0: set MCP_SERVER_TOKEN',
  );
}, 60_000);
