import { getAnswerQuestionInputSchema } from './answer-question';
import { getCallContentInputSchema } from './call-content';
import { getCallTranscriptsInputSchema } from './call-transcripts';
import { getConnectionIdSchema } from './connection-id';
import { getGongApiRequestInputSchema } from './gong-api-request';
import { getHealthCheckInputSchema, getScheduleHealthCheckInputSchema } from './health-check';
import { getSearchCallsInputSchema } from './search-calls';

// The API's input schemas as values, for the platform and this worker's own client side. Workflow
// code never imports this module: its sandbox builds only the schema a run parses with.

/** Input of `answerQuestionAboutCustomerCall`. */
export const answerQuestionInputSchema = getAnswerQuestionInputSchema();
/** Input of `getCallContent`: the calls, and optionally which AI content blocks to read. */
export const callContentInputSchema = getCallContentInputSchema();
/** Input of `getCallTranscripts`. */
export const callTranscriptsInputSchema = getCallTranscriptsInputSchema();
/** A connection id: lowercase letters, digits, `-` and `_`, used in file names and workflow ids. */
export const connectionIdSchema = getConnectionIdSchema();
/** Input of `gongApiRequest`: any Gong API v2 endpoint on the connection's own host. */
export const gongApiRequestInputSchema = getGongApiRequestInputSchema();
/** Input of the `gongHealthCheck` workflow: only the connection id, never credentials. */
export const healthCheckInputSchema = getHealthCheckInputSchema();
/** Input of `scheduleHealthCheck`: the connection, and how often (default 15 minutes). */
export const scheduleHealthCheckInputSchema = getScheduleHealthCheckInputSchema();
/** Input of `searchCalls`: a time range (`toDateTime` exclusive), optionally one workspace. */
export const searchCallsInputSchema = getSearchCallsInputSchema();
