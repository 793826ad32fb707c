/**
 * Payload encryption for the platform's own Temporal `Client` (the package's `./codec` entry):
 * the same AES-256-GCM codec and data converter as the worker, so the platform encrypts what it
 * starts and reads what the worker encrypted. Needs `@temporalio/common` and `@temporalio/proto`,
 * never the worker.
 */
export {
  EncryptionKeysError,
  generateEncryptionKeyEntry,
  parseEncryptionKeys,
  PAYLOAD_ENCRYPTION_KEYS_ENV,
  type EncryptionKeys,
} from '../adapters/codec/encryption-keys';
export {
  CIPHER,
  createEncryptionCodec,
  ENCRYPTED_ENCODING,
  KEY_ID_METADATA,
  PayloadDecryptionError,
  type EncryptionCodec,
} from '../adapters/codec/aes-gcm-codec';
export { dataConverterFor, encryptingDataConverter } from '../adapters/codec/data-converter';
