import { connectClient, type ConnectedClient } from '../../client';
import { loadSettings } from '../../config/settings';
import type { CliIo } from '../io';

/** Runs `body` with a Temporal client from the environment and the worker's task queue. */
export async function withClient<T>(
  io: CliIo,
  body: (connected: ConnectedClient, taskQueue: string) => Promise<T>,
): Promise<T> {
  const settings = loadSettings(io.env);
  const connected = await connectClient(io.env);
  try {
    return await body(connected, settings.taskQueue);
  } finally {
    await connected.close();
  }
}

/** Where the Temporal Web UI is, for links (`TEMPORAL_UI_URL`, default the dev server's). */
export function uiUrl(env: CliIo['env']): string {
  return env.TEMPORAL_UI_URL?.trim() || 'http://localhost:8233';
}
