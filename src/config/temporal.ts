import { loadClientConnectConfig } from '@temporalio/envconfig';
import { z } from 'zod';
import { DEFAULT_TASK_QUEUE } from '../api/task-queue';
import { issuesOf, presentValue, type SettingsSection } from './env';
import type { TemporalConfig } from '../app/temporal-connection';

/** Where Temporal is and which task queue the workflows run on. */
export interface TemporalSettings {
  connection: TemporalConfig;
  taskQueue: string;
  /** `TEMPORAL_UI_URL`: the Web UI the CLI links runs to; null for the dev server's default. */
  uiUrl: string | null;
}

const schema = z.object({
  TEMPORAL_TASK_QUEUE: z.string().trim().min(1).default(DEFAULT_TASK_QUEUE),
  TEMPORAL_UI_URL: z.url({ protocol: /^https?$/, error: 'use http(s)://host[:port]' }).optional(),
});

/**
 * The connection is read the way every Temporal tool reads it, by `@temporalio/envconfig`
 * (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TLS, profiles).
 */
export const temporalSection: SettingsSection<TemporalSettings> = {
  variables: [
    {
      names: ['TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'TEMPORAL_API_KEY'],
      meaning:
        'read once by `@temporalio/envconfig` (with its TLS and profile variables), for the worker and the CLI',
    },
    { names: ['TEMPORAL_TASK_QUEUE'], meaning: 'task queue, default `gong`' },
    {
      names: ['TEMPORAL_UI_URL'],
      meaning:
        'base of the run links the CLI prints; default `http://localhost:8233` for `localhost:7233` only, else no link',
    },
  ],
  parse(env) {
    const parsed = schema.safeParse({
      TEMPORAL_TASK_QUEUE: presentValue(env, 'TEMPORAL_TASK_QUEUE'),
      TEMPORAL_UI_URL: presentValue(env, 'TEMPORAL_UI_URL')?.trim(),
    });
    let connection: TemporalConfig | null = null;
    let envconfigProblem: string | null = null;
    try {
      connection = connectionFromEnvconfig(env);
    } catch (error) {
      envconfigProblem = error instanceof Error ? error.message : String(error);
    }
    const issues = [
      ...(parsed.success ? [] : issuesOf(parsed.error, 'TEMPORAL_TASK_QUEUE')),
      ...(envconfigProblem ? [{ variable: 'TEMPORAL_*', message: envconfigProblem }] : []),
    ];
    if (!parsed.success || !connection || issues.length > 0) return { ok: false, issues };
    return {
      ok: true,
      value: {
        connection,
        taskQueue: parsed.data.TEMPORAL_TASK_QUEUE,
        uiUrl: parsed.data.TEMPORAL_UI_URL ?? null,
      },
    };
  },
};

function connectionFromEnvconfig(env: Readonly<Record<string, string | undefined>>): TemporalConfig {
  const overrideEnvVars = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const config = loadClientConnectConfig({ overrideEnvVars });
  return {
    connectionOptions: config.connectionOptions,
    namespace: config.namespace ?? 'default',
    address: config.connectionOptions.address ?? 'localhost:7233',
  };
}
