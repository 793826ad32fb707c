import { loadSettings } from '../../config/settings';
import { connectClient, loadTemporalConfig, type ConnectedClient } from '../../config/temporal-connection';
import type { CliIo } from '../io';
import { temporalUnreachable } from '../temporal-unreachable';

/**
 * Runs `body` with a Temporal client from the environment and the worker's task queue. A server
 * that cannot be reached is a one-line error naming its address.
 */
export async function withClient<T>(
  io: CliIo,
  body: (connected: ConnectedClient, taskQueue: string) => Promise<T>,
): Promise<T> {
  const settings = loadSettings(io.env);
  const temporal = loadTemporalConfig(io.env);
  let connected: ConnectedClient;
  try {
    connected = await connectClient(temporal);
  } catch (error) {
    throw await temporalUnreachable(temporal.address, error);
  }
  try {
    return await body(connected, settings.taskQueue);
  } finally {
    await connected.close();
  }
}
