import { z } from 'zod';
import { badRequest, GongHttpError } from './errors';

const filterFields = {
  fromDateTime: z.string().optional(),
  toDateTime: z.string().optional(),
  workspaceId: z.string().optional(),
  callIds: z.array(z.string()).min(1, 'callIds must not be empty').optional(),
};

const contextLevel = z.enum(['None', 'Basic', 'Extended']);

/** Body of `POST /v2/calls/extensive`. Unknown fields are ignored, as Gong does. */
export const extensiveRequestSchema = z.object({
  cursor: z.string().optional(),
  filter: z.object({ ...filterFields, primaryUserIds: z.array(z.string()).optional() }),
  contentSelector: z
    .object({
      context: contextLevel.optional(),
      contextTiming: z.array(z.enum(['Now', 'TimeOfCall'])).optional(),
      exposedFields: z
        .object({
          parties: z.boolean().optional(),
          content: z
            .object({
              structure: z.boolean().optional(),
              topics: z.boolean().optional(),
              trackers: z.boolean().optional(),
              trackerOccurrences: z.boolean().optional(),
              pointsOfInterest: z.boolean().optional(),
              brief: z.boolean().optional(),
              outline: z.boolean().optional(),
              highlights: z.boolean().optional(),
              callOutcome: z.boolean().optional(),
              keyPoints: z.boolean().optional(),
            })
            .optional(),
          interaction: z
            .object({
              speakers: z.boolean().optional(),
              video: z.boolean().optional(),
              personInteractionStats: z.boolean().optional(),
              questions: z.boolean().optional(),
            })
            .optional(),
          collaboration: z.object({ publicComments: z.boolean().optional() }).optional(),
          media: z.boolean().optional(),
        })
        .optional(),
    })
    .optional(),
});

/** Parsed body of `POST /v2/calls/extensive`. */
export type ExtensiveRequest = z.infer<typeof extensiveRequestSchema>;
/** The `contentSelector` of an extensive request. */
export type ContentSelector = NonNullable<ExtensiveRequest['contentSelector']>;

/** Body of `POST /v2/calls/transcript`. */
export const transcriptRequestSchema = z.object({
  cursor: z.string().optional(),
  filter: z.object(filterFields),
});

/** Parses a JSON request body with `schema`, turning every problem into a Gong-style 400. */
export function parseBody<T>(schema: z.ZodType<T>, text: string): T {
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw badRequest('Malformed request: the body is not valid JSON');
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new GongHttpError(
      400,
      result.error.issues.map((issue) =>
        issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
      ),
    );
  }
  return result.data;
}
