import { z } from 'zod';
import { describeIssues } from '../validation/field-issues';
import { DEV_UI_ORIGIN } from './codec-server';

const origin = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^/\s]+$/, 'each origin is scheme://host[:port], e.g. https://cloud.temporal.io');

const schema = z.object({
  CODEC_CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.split(',') : [DEV_UI_ORIGIN]))
    .pipe(z.array(origin).min(1)),
  CODEC_SERVER_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
});

/** The codec server's settings from the environment. */
export interface CodecServerSettings {
  /** `CODEC_CORS_ORIGINS`, comma-separated; default the dev server's Web UI. */
  corsOrigins: string[];
  /** `CODEC_SERVER_TOKEN`: when set, requests need `Authorization: Bearer <token>`. */
  token: string | null;
}

/** Reads `CODEC_CORS_ORIGINS` and `CODEC_SERVER_TOKEN`; a bad value fails naming the variable (never the token). */
export function codecServerSettingsFromEnv(env: Record<string, string | undefined>): CodecServerSettings {
  const parsed = schema.safeParse({
    CODEC_CORS_ORIGINS: env.CODEC_CORS_ORIGINS,
    CODEC_SERVER_TOKEN: env.CODEC_SERVER_TOKEN?.trim() || undefined,
  });
  if (!parsed.success) throw new Error(`Invalid environment: ${describeIssues(parsed.error)}`);
  return { corsOrigins: parsed.data.CODEC_CORS_ORIGINS, token: parsed.data.CODEC_SERVER_TOKEN ?? null };
}
