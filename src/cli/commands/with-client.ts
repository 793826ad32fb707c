import { isMissingSearchAttributeError, missingSearchAttributeMessage } from '../../api';
import { missingKeysMessage } from '../../adapters/codec/missing-keys';
import { dataConverterFor } from '../../adapters/codec/data-converter';
import { parseSettings } from '../../config/settings';
import type { TemporalSettings } from '../../config/temporal';
import { connectClient, type ConnectedClient } from '../../app/temporal-connection';
import { CommandFailedError, type CliIo } from '../io';
import { refuseUnreadableResults } from '../readable-results';
import { probeTcp, temporalUnreachable, TEMPORAL_CONNECT_TIMEOUT_MS } from '../temporal-unreachable';

/** Options of {@link withClient}. */
interface WithClientOptions {
  /** `body` starts a run and reads its result (see {@link withRunClient}). */
  startsRun?: boolean;
}

/**
 * {@link withClient} for a command that starts a run and reads its result: it refuses first,
 * before the worker reads Gong, when the worker encrypts results with keys this process does not
 * hold (the run would only end in a result it cannot decode).
 */
export function withRunClient<T>(
  io: CliIo,
  body: (connected: ConnectedClient, taskQueue: string, temporal: TemporalSettings) => Promise<T>,
): Promise<T> {
  return withClient(io, body, { startsRun: true });
}

/**
 * Runs `body` with a Temporal client from the environment (encrypting payloads when
 * `PAYLOAD_ENCRYPTION_KEYS` is set) and the worker's task queue. A server that cannot be reached
 * is a one-line error naming its address.
 */
export async function withClient<T>(
  io: CliIo,
  body: (connected: ConnectedClient, taskQueue: string, temporal: TemporalSettings) => Promise<T>,
  options: WithClientOptions = {},
): Promise<T> {
  // Only what a client needs, read before connecting: a worker-only variable cannot break a client command.
  const settings = parseSettings(io.env, ['temporal', 'codec']);
  const temporal = settings.temporal.connection;
  const dataConverter = dataConverterFor(settings.codec.keys);
  // A person waits: say within 3 s that the server cannot be reached, probing TCP meanwhile.
  const probe = probeTcp(temporal.address);
  let connected: ConnectedClient;
  try {
    connected = await connectClient(temporal, dataConverter, TEMPORAL_CONNECT_TIMEOUT_MS);
  } catch (error) {
    throw temporalUnreachable(temporal.address, error, await probe);
  }
  try {
    if (options.startsRun) {
      await refuseUnreadableResults(
        connected.client,
        connected.namespace,
        settings.temporal.taskQueue,
        settings.codec.keys,
      );
    }
    return await body(connected, settings.temporal.taskQueue, settings.temporal);
  } catch (error) {
    if (isMissingSearchAttributeError(error))
      throw new CommandFailedError(
        missingSearchAttributeMessage(connected.namespace),
        'search-attribute-missing',
      );
    const missingKeys = missingKeysMessage(error);
    throw missingKeys ? new CommandFailedError(missingKeys, 'encryption-keys') : error;
  } finally {
    await connected.close();
  }
}
