import { missingKeysMessage } from '../../codec/missing-keys';
import { dataConverterFor } from '../../codec/data-converter';
import { parseSettings } from '../../config/settings';
import type { TemporalSettings } from '../../config/temporal';
import { connectClient, type ConnectedClient } from '../../config/temporal-connection';
import { CommandFailedError, type CliIo } from '../io';
import { temporalUnreachable } from '../temporal-unreachable';

/**
 * Runs `body` with a Temporal client from the environment (encrypting payloads when
 * `PAYLOAD_ENCRYPTION_KEYS` is set) and the worker's task queue. A server that cannot be reached
 * is a one-line error naming its address.
 */
export async function withClient<T>(
  io: CliIo,
  body: (connected: ConnectedClient, taskQueue: string, temporal: TemporalSettings) => Promise<T>,
): Promise<T> {
  // Only what a client needs, read before connecting: a worker-only variable cannot break a client command.
  const settings = parseSettings(io.env, ['temporal', 'codec']);
  const temporal = settings.temporal.connection;
  const dataConverter = dataConverterFor(settings.codec.keys);
  let connected: ConnectedClient;
  try {
    connected = await connectClient(temporal, dataConverter);
  } catch (error) {
    throw await temporalUnreachable(temporal.address, error);
  }
  try {
    return await body(connected, settings.temporal.taskQueue, settings.temporal);
  } catch (error) {
    const missingKeys = missingKeysMessage(error);
    throw missingKeys ? new CommandFailedError(missingKeys) : error;
  } finally {
    await connected.close();
  }
}
