/** Payload encryption: keys, the AES-256-GCM codec, the data converter and the remote codec server. */
export {
  EncryptionKeysError,
  generateEncryptionKeyEntry,
  parseEncryptionKeys,
  PAYLOAD_ENCRYPTION_KEYS_ENV,
} from './encryption-keys';
export { createEncryptionCodec } from './aes-gcm-codec';
export { dataConverterFor, encryptingDataConverter } from './data-converter';
export {
  CodecServerExposedError,
  MAX_PAYLOADS_PER_REQUEST,
  startCodecServer,
  type CodecServer,
} from './serve-codec';
export { createAccessTokenVerifier } from './access-token-verifier';
export { loadOrCreateLocalKeys } from './local-key-file';
export { describeEncryption } from './describe-encryption';
