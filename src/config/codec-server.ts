import { z } from 'zod';
import { DEV_UI_ORIGIN } from '../adapters/codec/serve-codec';
import { zodSection } from './env';

/** The codec server's settings (the `codec-server` command only). */
export interface CodecServerSettings {
  /** `CODEC_CORS_ORIGINS`, comma-separated; default the dev server's Web UI. */
  corsOrigins: string[];
  /** `CODEC_SERVER_TOKEN`: when set, requests need `Authorization: Bearer <token>`. */
  token: string | null;
}

const origin = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^/\s]+$/, 'each origin is scheme://host[:port], e.g. https://cloud.temporal.io');

/** Errors name the variable, never the token. */
export const codecServerSection = zodSection(
  [
    {
      names: ['CODEC_CORS_ORIGINS', 'CODEC_SERVER_TOKEN'],
      meaning:
        "the codec server's allowed Web UI origins (default `http://localhost:8233`) and optional bearer token",
    },
  ],
  z.object({
    CODEC_CORS_ORIGINS: z
      .string()
      .optional()
      .transform((value) => (value ? value.split(',') : [DEV_UI_ORIGIN]))
      .pipe(z.array(origin).min(1)),
    CODEC_SERVER_TOKEN: z.string().trim().min(16, 'use at least 16 characters').optional(),
  }),
  (parsed): CodecServerSettings => ({
    corsOrigins: parsed.CODEC_CORS_ORIGINS,
    token: parsed.CODEC_SERVER_TOKEN ?? null,
  }),
);
