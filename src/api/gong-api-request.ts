import { z } from 'zod';
import { builtOnce } from './built-once';
import { getConnectionIdSchema } from './connection-id';
import { getApiPathSchema } from './api-path';

/** HTTP methods the generic Gong API access may use. */
export const API_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Input of `gongApiRequest`: any Gong API v2 endpoint on the connection's own host. The path is
 * refused unless it is a plain `/v2/...` path; the query goes in `query`, never in the path.
 */
export const getGongApiRequestInputSchema = builtOnce(() =>
  z
    .strictObject({
      connectionId: getConnectionIdSchema(),
      method: z.enum(API_METHODS),
      path: getApiPathSchema(),
      query: z.record(z.string().min(1, 'query parameter names must not be empty'), z.string()).optional(),
      body: z.unknown().optional(),
    })
    .refine((input) => input.method !== 'GET' || input.body === undefined, {
      message: 'a GET request cannot carry a body; use POST or pass parameters in "query"',
      path: ['body'],
    }),
);
/** Input of `gongApiRequest`, as the caller writes it. */
export type GongApiRequestInput = z.input<ReturnType<typeof getGongApiRequestInputSchema>>;

/** Gong's answer: any status but 401/403 (which fail the run) and 429/5xx (which are retried). */
export interface GongApiRequestResult {
  status: number;
  /** The JSON body, Gong's text when it is not JSON, null when empty. */
  body: unknown;
  requestId: string | null;
}
