import { countOf } from '../../wording/count-of';
import { PAYLOAD_ENCRYPTION_KEYS_ENV, type EncryptionKeys } from './encryption-keys';

/** One line for start-up logs: whether payloads are encrypted, and with which key id (never a key). */
export function describeEncryption(keys: EncryptionKeys | null): string {
  if (!keys)
    return `Payload encryption: off (${PAYLOAD_ENCRYPTION_KEYS_ENV} unset: payloads are stored in plain text)`;
  const others = keys.keys.size - 1;
  return (
    `Payload encryption: AES-256-GCM with key id "${keys.encryptingKeyId}"` +
    (others > 0 ? `, ${countOf(others, 'older key')} for decryption` : '')
  );
}
