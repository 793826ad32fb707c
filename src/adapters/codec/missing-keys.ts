import { ENCRYPTED_ENCODING } from './aes-gcm-codec';
import { PAYLOAD_ENCRYPTION_KEYS_ENV } from './encryption-keys';

/**
 * What to tell someone whose client has no keys when it meets an encrypted payload (the SDK's
 * own message is "Unknown encoding: binary/encrypted"); null for any other error.
 */
export function missingKeysMessage(error: unknown): string | null {
  if (!(error instanceof Error) || !error.message.includes(`Unknown encoding: ${ENCRYPTED_ENCODING}`)) {
    return null;
  }
  return (
    `the run's data is encrypted and ${PAYLOAD_ENCRYPTION_KEYS_ENV} is not set here: ` +
    `set it to the keys the worker uses (for npm run dev: the file payload-encryption-keys in its state directory)`
  );
}
