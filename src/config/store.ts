import { join } from 'node:path';
import { z } from 'zod';
import { ENV_CONNECTION_ID } from '../connections/with-env-connection';
import type { StoreSettings } from '../app/open-store';
import { normalizeBaseUrl } from '../gong/base-url';
import { zodSection } from './env';

export type { StoreSettings };
import { secretsKeysSchema } from './secrets';

const schema = z
  .object({
    GONG_CONNECTIONS_DIR: z.string().trim().optional(),
    GONG_CONNECTIONS_URL: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'use postgres://user:password@host:port/database')
      .optional(),
    GONG_SECRETS_KEYS: secretsKeysSchema,
    GONG_DAILY_REQUEST_LIMIT: z.coerce.number().int().positive().default(10_000),
    GONG_BASE_URL: z.string().trim().optional(),
    GONG_ACCESS_KEY: z.string().trim().optional(),
    GONG_ACCESS_KEY_SECRET: z.string().trim().optional(),
  })
  .superRefine((parsed, context) => {
    if (parsed.GONG_CONNECTIONS_URL && !parsed.GONG_SECRETS_KEYS) {
      context.addIssue({
        code: 'custom',
        path: ['GONG_SECRETS_KEYS'],
        message: 'required with GONG_CONNECTIONS_URL: the PostgreSQL store keeps secrets encrypted',
      });
    }
  });

/** The connection store: files or PostgreSQL, and the environment's `default` connection. */
export const storeSection = zodSection(
  [
    {
      names: ['GONG_CONNECTIONS_DIR'],
      meaning:
        'the file store: one JSON file per connection (mode 0600), default `~/.gong-worker/connections`',
    },
    {
      names: ['GONG_CONNECTIONS_URL'],
      meaning:
        '`postgres://...`: the PostgreSQL store instead (shared by replicas; needs `GONG_SECRETS_KEYS`)',
    },
    {
      names: ['GONG_DAILY_REQUEST_LIMIT'],
      meaning:
        "Gong's daily request limit of the account, default 10000: counted per connection and UTC day, warned about past 90%, and by `health schedule` above 10% for checks",
    },
    {
      names: ['GONG_BASE_URL', 'GONG_ACCESS_KEY', 'GONG_ACCESS_KEY_SECRET'],
      meaning: 'define a read-only connection `default`',
    },
  ],
  schema,
  (parsed, { home }): StoreSettings => ({
    connectionsUrl: parsed.GONG_CONNECTIONS_URL ?? null,
    directory: parsed.GONG_CONNECTIONS_DIR || join(home, '.gong-worker', 'connections'),
    keyring: parsed.GONG_SECRETS_KEYS ?? null,
    dailyRequestLimit: parsed.GONG_DAILY_REQUEST_LIMIT,
    envConnection:
      parsed.GONG_BASE_URL && parsed.GONG_ACCESS_KEY && parsed.GONG_ACCESS_KEY_SECRET
        ? {
            id: ENV_CONNECTION_ID,
            baseUrl: normalizeBaseUrl(parsed.GONG_BASE_URL),
            accessKey: parsed.GONG_ACCESS_KEY,
            accessKeySecret: parsed.GONG_ACCESS_KEY_SECRET,
          }
        : null,
  }),
);
