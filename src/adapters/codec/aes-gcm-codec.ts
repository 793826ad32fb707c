import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';
import { PAYLOAD_ENCRYPTION_KEYS_ENV, type EncryptionKeys } from './encryption-keys';

/** `encoding` of an encrypted payload, the value Temporal's samples and tools use. */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
/** Metadata naming the key a payload was encrypted with (ids are not secret). */
const KEY_ID_METADATA = 'encryption-key-id';
/** Metadata naming the cipher, so this codec decodes only its own payloads. */
const CIPHER_METADATA = 'encryption-cipher';
/** Value of {@link CIPHER_METADATA} for this codec. */
const CIPHER = 'AES-256-GCM';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const { Payload: PayloadMessage } = proto.temporal.api.common.v1;

/** A payload that could not be decrypted: unknown key id, or altered (authentication failed). */
export class PayloadDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadDecryptionError';
  }
}

/** The AES-256-GCM codec with a test for its own payloads (the codec server passes others through). */
export interface EncryptionCodec extends PayloadCodec {
  /** True when `payload` was encrypted by this codec (whatever the key). */
  isEncrypted(payload: Payload): boolean;
}

/**
 * AES-256-GCM payload codec. Each payload, metadata and data, is serialised and encrypted whole
 * under a fresh random 96-bit nonce with the first key; the outer metadata (encoding, cipher,
 * key id) is authenticated as associated data, so it cannot be swapped either. Decoding picks the
 * key by the id in the metadata; payloads not encrypted by this codec pass through unchanged, so
 * histories written before encryption was turned on stay readable.
 */
export function createEncryptionCodec(keys: EncryptionKeys): EncryptionCodec {
  const encryptingKey = keys.keys.get(keys.encryptingKeyId);
  if (!encryptingKey) throw new Error('The encrypting key is missing from the key set');

  const isEncrypted = (payload: Payload) =>
    metadataText(payload, 'encoding') === ENCRYPTED_ENCODING &&
    metadataText(payload, CIPHER_METADATA) === CIPHER;

  const encryptOne = (payload: Payload): Payload => {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', encryptingKey, nonce);
    cipher.setAAD(associatedData(keys.encryptingKeyId));
    const plain = PayloadMessage.encode(payload).finish();
    const sealed = Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return {
      metadata: {
        encoding: utf8(ENCRYPTED_ENCODING),
        [CIPHER_METADATA]: utf8(CIPHER),
        [KEY_ID_METADATA]: utf8(keys.encryptingKeyId),
      },
      data: sealed,
    };
  };

  const decryptOne = (payload: Payload): Payload => {
    if (!isEncrypted(payload)) return payload;
    const keyId = metadataText(payload, KEY_ID_METADATA) ?? '';
    const key = keys.keys.get(keyId);
    if (!key) {
      throw new PayloadDecryptionError(
        `Payload was encrypted with key id "${keyId}", which ${PAYLOAD_ENCRYPTION_KEYS_ENV} does not hold ` +
          `(it holds: ${[...keys.keys.keys()].join(', ')})`,
      );
    }
    const data = payload.data ?? new Uint8Array();
    if (data.length < NONCE_BYTES + TAG_BYTES) {
      throw new PayloadDecryptionError(`Encrypted payload (key id "${keyId}") is truncated`);
    }
    const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, NONCE_BYTES));
    decipher.setAAD(associatedData(keyId));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    let plain: Buffer;
    try {
      plain = Buffer.concat([
        decipher.update(data.subarray(NONCE_BYTES, data.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw new PayloadDecryptionError(
        `Encrypted payload (key id "${keyId}") failed authentication: it was altered, or encrypted with a different key of that id`,
      );
    }
    const inner = PayloadMessage.decode(plain);
    return { metadata: inner.metadata, data: inner.data };
  };

  return {
    isEncrypted,
    encode: async (payloads) => payloads.map(encryptOne),
    decode: async (payloads) => payloads.map(decryptOne),
  };
}

function associatedData(keyId: string): Buffer {
  return utf8(JSON.stringify([ENCRYPTED_ENCODING, CIPHER, keyId]));
}

function metadataText(payload: Payload, key: string): string | undefined {
  const value = payload.metadata?.[key];
  return value ? Buffer.from(value).toString('utf8') : undefined;
}

function utf8(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}
