import type { InvalidInputError } from '../client';

/** The CLI flag that sets each workflow input field, so errors name what the user typed. */
const FLAGS: Record<string, string> = {
  connectionId: '--connection',
  customerName: '--customer',
  question: '--question',
  maxCalls: '--max-calls',
  lookbackDays: '--lookback-days',
  exhaustive: '--exhaustive',
  includeTranscripts: '--transcripts',
  fromDateTime: '--from',
  toDateTime: '--to',
  workspaceId: '--workspace',
  limit: '--limit',
  callIds: '--call-id',
  include: '--include',
  method: '<method>',
  path: '<path>',
  query: '--query',
  body: '--data',
  every: '--every',
};

const FIELD_NAMES = new RegExp(`\\b(${Object.keys(FLAGS).join('|')})\\b`, 'g');

/**
 * A workflow input's validation error as the CLI's user reads it: each wrong field named by
 * its flag (`--from`, not `fromDateTime`), in messages that mention other fields too.
 */
export function describeInvalidFlags(error: InvalidInputError): string {
  return error.issues
    .map(({ field, message }) => {
      const [root = field, ...rest] = field.split('.');
      const flag = FLAGS[root] ?? field;
      const item = rest.length > 0 && /^\d+$/.test(rest[0]!) ? ` (value ${Number(rest[0]) + 1})` : '';
      return `${flag}${item}: ${message.replace(FIELD_NAMES, (name) => FLAGS[name] ?? name)}`;
    })
    .join('; ');
}
