import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import {
  answerProgressQuery,
  gongWorkflowRegistry,
  startAnswerQuestion,
  startGetCallContent,
  startGetCallTranscripts,
  startGongApiRequest,
  startHealthCheck,
  startSearchCalls,
  type AnswerQuestionResult,
  type GongApiRequestResult,
} from '../../client';
import { describeAnswerProgress } from '../progress';
import { packageVersion } from '../version';
import {
  answerOutputSchema,
  callContentOutputSchema,
  callTranscriptsOutputSchema,
  connectionsOutputSchema,
  gongApiRequestOutputSchema,
  healthCheckOutputSchema,
  searchCallsOutputSchema,
} from './output-schemas';
import { runAsTool } from './run-as-tool';
import type { McpToolContext } from './tool-context';

/** Reads Gong and changes nothing: the same call twice reads the same data. */
const READS = { readOnlyHint: true, idempotentHint: true, openWorldHint: true } as const;

const CONNECTION_HINT = 'connectionId names a saved Gong connection (list_connections lists them).';
const RUN_HINT =
  'Each call is a durable Temporal run (its id and Web UI link in the result _meta); Gong errors come back as tool errors naming their kind (gong_auth, gong_rate_limited, gong_server, ...).';

/** The result as indented JSON: the text form of a structured result, for clients that show only text. */
const asJson = (result: unknown) => JSON.stringify(result, null, 2);

/**
 * The `gong-worker mcp` server: the worker's workflows as MCP tools, each call a run started
 * through the client package, and the saved connections' ids. One server serves one session.
 */
export function createGongMcpServer(context: McpToolContext): McpServer {
  const server = new McpServer({ name: 'gong-worker', version: packageVersion() });
  const { client, taskQueue } = context;
  const workflows = gongWorkflowRegistry;

  server.registerTool(
    'answer_question_about_customer_call',
    {
      title: "Answer a question from a customer's Gong calls",
      description:
        'Answers a question about one customer from their recorded Gong calls, citing the calls it used ([n] markers, numbered sources with links). ' +
        'customerName matches call titles, participant names, email domains (acme.com) and CRM accounts. ' +
        'By default it reads the 5 most recent matching calls of the last 90 days: set maxCalls (up to 50) for more calls, lookbackDays (up to 365) for a longer window, ' +
        'exhaustive to read the whole window, includeTranscripts to also read what was said word for word. With no matching call it says so and suggests close customer names. ' +
        `${CONNECTION_HINT} ${RUN_HINT}`,
      inputSchema: workflows.answerQuestionAboutCustomerCall.input,
      outputSchema: answerOutputSchema,
      annotations: READS,
    },
    async (input, extra) => {
      const handle = await startAnswerQuestion(client, input, { taskQueue });
      return runAsTool<AnswerQuestionResult>(context, extra, handle, {
        text: (result) => result.markdown ?? result.answer,
        progress: async () => describeAnswerProgress(await handle.query(answerProgressQuery)),
      });
    },
  );

  server.registerTool(
    'search_calls',
    {
      title: 'List Gong calls of a time range',
      description:
        'Lists the calls of a time range (fromDateTime inclusive, toDateTime exclusive, ISO-8601 with a time zone), most recent first, up to limit (default 500, at most 2000): ids, titles, start times, durations, links. ' +
        'Use it to find call ids for get_call_content or get_call_transcripts; to ask about one customer, answer_question_about_customer_call finds their calls itself. ' +
        `${CONNECTION_HINT} ${RUN_HINT}`,
      inputSchema: workflows.searchCalls.input,
      outputSchema: searchCallsOutputSchema,
      annotations: READS,
    },
    async (input, extra) =>
      runAsTool(context, extra, await startSearchCalls(client, input, { taskQueue }), { text: asJson }),
  );

  server.registerTool(
    'get_call_content',
    {
      title: "Read Gong's AI content of calls",
      description:
        "Reads Gong's AI content of calls by id (up to 1000): brief, outline, highlights, key points, call outcome, topics and points of interest (include picks among them), with parties and speakers. " +
        `Ids Gong does not return are listed in missing. ${CONNECTION_HINT} ${RUN_HINT}`,
      inputSchema: workflows.getCallContent.input,
      outputSchema: callContentOutputSchema,
      annotations: READS,
    },
    async (input, extra) =>
      runAsTool(context, extra, await startGetCallContent(client, input, { taskQueue }), { text: asJson }),
  );

  server.registerTool(
    'get_call_transcripts',
    {
      title: 'Read the transcripts of Gong calls',
      description:
        'Reads the transcripts of calls by id (up to 100), sentence by sentence with speakers named. Transcripts are long: read a few calls at a time. ' +
        `Ids Gong does not return are listed in missing. ${CONNECTION_HINT} ${RUN_HINT}`,
      inputSchema: workflows.getCallTranscripts.input,
      outputSchema: callTranscriptsOutputSchema,
      annotations: READS,
    },
    async (input, extra) =>
      runAsTool(context, extra, await startGetCallTranscripts(client, input, { taskQueue }), {
        text: asJson,
      }),
  );

  server.registerTool(
    'check_gong_connection',
    {
      title: 'Check a Gong connection',
      description:
        "Checks that a connection's keys work: one request to Gong, answering with its user count, or a tool error with Gong's reason (gong_auth for rejected keys). " +
        `${CONNECTION_HINT} ${RUN_HINT}`,
      inputSchema: workflows.gongHealthCheck.input,
      outputSchema: healthCheckOutputSchema,
      annotations: READS,
    },
    async (input, extra) =>
      runAsTool(context, extra, await startHealthCheck(client, input, { taskQueue }), { text: asJson }),
  );

  const writes = context.allowWrites;
  server.registerTool(
    'gong_api_request',
    {
      title: 'Call a Gong API v2 endpoint',
      description:
        'Calls any Gong API v2 endpoint (path /v2/..., query parameters in query, JSON body for POST) on the connection and returns its status and body, 4xx included; the worker adds the keys and paces requests. ' +
        (writes
          ? 'This server was started with --allow-writes: POST, PUT, PATCH and DELETE reach Gong and may change its data. '
          : 'This server is read-only: only GET is sent (start it with --allow-writes to allow POST, PUT, PATCH and DELETE). ') +
        `Prefer the other tools when one fits. ${CONNECTION_HINT} ${RUN_HINT}`,
      inputSchema: workflows.gongApiRequest.input,
      outputSchema: gongApiRequestOutputSchema,
      annotations: writes
        ? { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true }
        : READS,
    },
    async (input, extra) => {
      if (!writes && input.method !== 'GET') return refusedWrite(input.method);
      return runAsTool<GongApiRequestResult>(
        context,
        extra,
        await startGongApiRequest(client, input, { taskQueue }),
        { text: asJson },
      );
    },
  );

  server.registerTool(
    'list_connections',
    {
      title: 'List Gong connections',
      description:
        'Lists the saved Gong connections: the connectionId every other tool takes, and the API base URL of each. Never their keys.',
      outputSchema: connectionsOutputSchema,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    async () => {
      const connections = await context.listConnections();
      const structured = { connections };
      return { content: [{ type: 'text', text: asJson(structured) }], structuredContent: structured };
    },
  );

  return server;
}

/** A write asked of a read-only server: a tool error, before any run starts. */
function refusedWrite(method: string): CallToolResult {
  return {
    isError: true,
    content: [
      {
        type: 'text',
        text: `writes_not_allowed: this MCP server is read-only and sends only GET; ${method} was not sent (start it with gong-worker mcp --allow-writes to allow writes)`,
      },
    ],
    _meta: { errorKind: 'writes_not_allowed' },
  };
}
