import { z } from 'zod';

/*
 * What each tool's `structuredContent` holds, for MCP clients (the tools' `outputSchema`). The
 * results' types live in src/api as interfaces; these schemas name the fields a model reads and
 * let the rest through (loose objects), so a field the worker adds later is not refused here.
 */

const callReference = z.looseObject({
  callId: z.string(),
  title: z.string(),
  started: z.string().describe('ISO-8601 start time'),
  url: z.string().describe("the call's page in Gong"),
});

const missingCall = z.looseObject({ callId: z.string() });

/** `answer_question_about_customer_call`. */
export const answerOutputSchema = z.looseObject({
  status: z.enum(['answered', 'no_calls_found']),
  answer: z.string().describe('the answer, citing calls as [n], n counting from 1 in `citations`'),
  citations: z.array(callReference),
  callsAnalyzed: z.array(
    callReference.extend({ matchedOn: z.array(z.looseObject({ field: z.string(), value: z.string() })) }),
  ),
  matchedCallCount: z.number(),
  window: z.looseObject({ fromDateTime: z.string(), toDateTime: z.string() }),
  coverage: z.looseObject({ complete: z.boolean().describe('true when the whole window was read') }),
  answeredBy: z.enum(['openai', 'extractive', 'none']),
  nearNames: z
    .array(z.string())
    .optional()
    .describe('with no_calls_found: customer names close to the one asked'),
  answeredFor: z
    .string()
    .optional()
    .describe('the one near name the answer is for when the name asked found no calls'),
});

/** `search_calls`. */
export const searchCallsOutputSchema = z.looseObject({
  calls: z.array(z.looseObject({ id: z.string(), title: z.string(), started: z.string(), url: z.string() })),
  totalRecords: z.number(),
  returned: z.number(),
  truncated: z.boolean().describe('true when the range holds more calls than `limit`'),
});

/** `get_call_content`. */
export const callContentOutputSchema = z.looseObject({
  calls: z.array(z.looseObject({})),
  missing: z.array(missingCall).describe('ids Gong did not return'),
});

/** `get_call_transcripts`. */
export const callTranscriptsOutputSchema = z.looseObject({
  transcripts: z.array(z.looseObject({})),
  missing: z.array(missingCall).describe('ids Gong did not return'),
});

/** `check_gong_connection`. */
export const healthCheckOutputSchema = z.looseObject({
  healthy: z.literal(true),
  connectionId: z.string(),
  baseUrl: z.string(),
  userCount: z.number(),
  checkedAt: z.string(),
});

/** `gong_api_request`. */
export const gongApiRequestOutputSchema = z.looseObject({
  status: z.number().describe("Gong's HTTP status (401/403 end the call as an error)"),
  body: z.unknown().describe("Gong's JSON body, its text when not JSON, null when empty"),
  requestId: z.string().nullable(),
});

/** `list_connections`: ids and API base URLs, never keys. */
export const connectionsOutputSchema = z.strictObject({
  connections: z.array(z.strictObject({ id: z.string(), baseUrl: z.string() })),
});
