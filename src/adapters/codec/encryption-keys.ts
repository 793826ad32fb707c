import { randomBytes } from 'node:crypto';
import { GongWorkerError } from '../../api/gong-worker-error';

/** The environment variable holding the payload encryption keys. */
export const PAYLOAD_ENCRYPTION_KEYS_ENV = 'PAYLOAD_ENCRYPTION_KEYS';

/** AES-256 keys are 32 bytes. */
const KEY_BYTES = 32;

const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The parsed keys: the first encrypts, every one decrypts. */
export interface EncryptionKeys {
  /** Id of the key new payloads are encrypted with. */
  encryptingKeyId: string;
  /** Every key by id, the encrypting one included. */
  keys: ReadonlyMap<string, Buffer>;
}

/** A malformed `PAYLOAD_ENCRYPTION_KEYS`; the message names the entry and the problem, never key material. */
export class EncryptionKeysError extends GongWorkerError {
  constructor(problem: string) {
    super(`Invalid ${PAYLOAD_ENCRYPTION_KEYS_ENV}: ${problem}`);
    this.name = 'EncryptionKeysError';
  }
}

/**
 * Parses `keyId=base64,keyId=base64,...` (each key 32 bytes). Entries are named by position in
 * errors, not by id: a value pasted without its `id=` would otherwise echo key material.
 */
export function parseEncryptionKeys(value: string): EncryptionKeys {
  const entries = value.split(',').map((entry) => entry.trim());
  const keys = new Map<string, Buffer>();
  const positionOf = new Map<string, number>();
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1} of ${entries.length}`;
    if (entry === '') throw new EncryptionKeysError(`${where} is empty (expected keyId=base64Key)`);
    const separator = entry.indexOf('=');
    if (separator <= 0) throw new EncryptionKeysError(`${where} has no key id (expected keyId=base64Key)`);
    const id = entry.slice(0, separator).trim();
    const encoded = entry.slice(separator + 1).trim();
    if (!KEY_ID.test(id)) {
      throw new EncryptionKeysError(
        `${where}: the key id must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit`,
      );
    }
    if (encoded === '' || !BASE64.test(encoded)) {
      throw new EncryptionKeysError(`${where}: the key is not standard base64`);
    }
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== KEY_BYTES) {
      throw new EncryptionKeysError(`${where}: the key is ${key.length} bytes, AES-256 needs ${KEY_BYTES}`);
    }
    const earlier = positionOf.get(id);
    if (earlier !== undefined) {
      throw new EncryptionKeysError(`entries ${earlier} and ${index + 1} have the same key id`);
    }
    positionOf.set(id, index + 1);
    keys.set(id, key);
  });
  const [first] = keys.keys();
  if (first === undefined) throw new EncryptionKeysError('no keys');
  return { encryptingKeyId: first, keys };
}

/** A fresh random key as a `PAYLOAD_ENCRYPTION_KEYS` entry, `keyId=base64`. */
export function generateEncryptionKeyEntry(keyId: string): string {
  if (!KEY_ID.test(keyId)) throw new Error(`Invalid key id "${keyId}"`);
  return `${keyId}=${randomBytes(KEY_BYTES).toString('base64')}`;
}
