/** Payload encryption: keys, the AES-256-GCM codec, the data converter and the remote codec server. */
export {
  EncryptionKeysError,
  generateEncryptionKeyEntry,
  parseEncryptionKeys,
  PAYLOAD_ENCRYPTION_KEYS_ENV,
  type EncryptionKeys,
} from './encryption-keys';
export {
  CIPHER,
  createEncryptionCodec,
  ENCRYPTED_ENCODING,
  KEY_ID_METADATA,
  PayloadDecryptionError,
  type EncryptionCodec,
} from './aes-gcm-codec';
export { dataConverterFor, ENCODING_FAILURE_CONVERTER_PATH, encryptingDataConverter } from './data-converter';
export {
  CodecServerExposedError,
  DEV_UI_ORIGIN,
  isLoopbackHost,
  MAX_PAYLOADS_PER_REQUEST,
  startCodecServer,
  type CodecServer,
  type CodecServerOptions,
} from './serve-codec';
export {
  createAccessTokenVerifier,
  type AccessTokenSettings,
  type AccessTokenVerifier,
} from './access-token-verifier';
export { LOCAL_KEY_FILE, loadOrCreateLocalKeys, type LocalKeys } from './local-key-file';
export { missingKeysMessage } from './missing-keys';
export { describeEncryption } from './describe-encryption';
