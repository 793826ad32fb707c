import { isMissingSearchAttributeError, missingSearchAttributeMessage } from '../../api';
import { missingKeysMessage } from '../../codec/missing-keys';
import { dataConverterFromEnv } from '../../codec/data-converter';
import { loadSettings } from '../../config/settings';
import { connectClient, loadTemporalConfig, type ConnectedClient } from '../../config/temporal-connection';
import { CommandFailedError, type CliIo } from '../io';
import { probeTcp, temporalUnreachable, TEMPORAL_CONNECT_TIMEOUT_MS } from '../temporal-unreachable';

/**
 * Runs `body` with a Temporal client from the environment (encrypting payloads when
 * `PAYLOAD_ENCRYPTION_KEYS` is set) and the worker's task queue. A server that cannot be reached
 * is a one-line error naming its address.
 */
export async function withClient<T>(
  io: CliIo,
  body: (connected: ConnectedClient, taskQueue: string) => Promise<T>,
): Promise<T> {
  const settings = loadSettings(io.env);
  const temporal = loadTemporalConfig(io.env);
  // Read before connecting, so a malformed PAYLOAD_ENCRYPTION_KEYS fails without a connection to close.
  const dataConverter = dataConverterFromEnv(io.env);
  // A person waits: say within 3 s that the server cannot be reached, probing TCP meanwhile.
  const probe = probeTcp(temporal.address);
  let connected: ConnectedClient;
  try {
    connected = await connectClient(temporal, dataConverter, TEMPORAL_CONNECT_TIMEOUT_MS);
  } catch (error) {
    throw temporalUnreachable(temporal.address, error, await probe);
  }
  try {
    return await body(connected, settings.taskQueue);
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
