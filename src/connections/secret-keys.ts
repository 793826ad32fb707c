import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { FailureTypes, type FailureType } from '../api/failure-types';
import { GongWorkerError } from '../api/gong-worker-error';

/** One named 32-byte AES key from `GONG_SECRETS_KEYS`. */
interface SecretKey {
  id: string;
  key: Buffer;
}

/** The keys that seal connection secrets: the first encrypts, every one decrypts. */
export interface SecretKeyring {
  keys: readonly SecretKey[];
}

/** A connection's access key and secret, sealed with AES-256-GCM under the key `keyId`. */
export interface SealedSecrets {
  keyId: string;
  /** 12-byte GCM nonce, base64. */
  nonce: string;
  /** Ciphertext followed by the 16-byte tag, base64. */
  data: string;
}

/** The two values a connection keeps secret. */
export interface ConnectionSecrets {
  accessKey: string;
  accessKeySecret: string;
}

/** Raised for a bad `GONG_SECRETS_KEYS` or a secret that does not open; names key ids, never key bytes. */
export class SecretKeyError extends GongWorkerError {
  override readonly name: string = 'SecretKeyError';
  // A wrong key or damaged data: the connection cannot be read until the operator fixes it.
  override readonly failureType: FailureType = FailureTypes.connectionCorrupt;
}

/**
 * A connection is sealed under a key this process does not hold: during a rotation another replica
 * re-encrypted it under a key not yet deployed here. Retryable: the attempt may reach a replica
 * that holds it, or this one once it is redeployed with it.
 */
export class SecretKeyNotHeldError extends SecretKeyError {
  override readonly name = 'SecretKeyNotHeldError';
  override readonly failureType = FailureTypes.secretKeyNotHeld;
  override readonly retryable = true;
}

const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/** Validates a stored sealed value (file or row) before it is opened. */
export const sealedSecretsSchema = z.object({
  keyId: z.string().regex(KEY_ID, 'not a key id'),
  nonce: z.base64(),
  data: z.base64(),
});

/**
 * Reads `GONG_SECRETS_KEYS`: `keyId=base64,keyId=base64`, each key exactly 32 bytes. Errors say
 * which entry is wrong by position and id; they never repeat what follows `=`.
 */
export function parseSecretKeys(value: string): SecretKeyring {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0)
    throw new SecretKeyError('GONG_SECRETS_KEYS: no key given (use keyId=base64,...)');
  const keys: SecretKey[] = [];
  entries.forEach((entry, index) => {
    const equals = entry.indexOf('=');
    const id = equals === -1 ? '' : entry.slice(0, equals).trim();
    const where = `GONG_SECRETS_KEYS entry ${index + 1}`;
    if (!KEY_ID.test(id)) {
      throw new SecretKeyError(
        `${where}: expected keyId=base64 with a key id of letters, digits, ".", "_" or "-" (at most 32)`,
      );
    }
    const encoded = entry.slice(equals + 1).trim();
    const key = Buffer.from(encoded, 'base64');
    // Round trip: Buffer.from ignores junk characters, which would silently shorten a key.
    if (key.length !== 32 || key.toString('base64').replace(/=+$/, '') !== encoded.replace(/=+$/, '')) {
      throw new SecretKeyError(
        `${where} (key "${id}"): the key must be 32 bytes in base64 (openssl rand -base64 32)`,
      );
    }
    if (keys.some((k) => k.id === id)) throw new SecretKeyError(`${where}: key id "${id}" appears twice`);
    keys.push({ id, key });
  });
  return { keys };
}

/** Seals both secrets under the first key, bound to `connectionId` (a copy under another id does not open). */
export function sealSecrets(
  keyring: SecretKeyring,
  connectionId: string,
  secrets: ConnectionSecrets,
): SealedSecrets {
  const key = keyring.keys[0];
  if (!key) throw new SecretKeyError('GONG_SECRETS_KEYS holds no key');
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.key, nonce);
  cipher.setAAD(associatedData(connectionId));
  const plain = Buffer.from(JSON.stringify([secrets.accessKey, secrets.accessKeySecret]), 'utf8');
  const data = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return { keyId: key.id, nonce: nonce.toString('base64'), data: data.toString('base64') };
}

/** Opens sealed secrets with the key they name; fails naming the key id and the connection. */
export function openSecrets(
  keyring: SecretKeyring,
  connectionId: string,
  sealed: SealedSecrets,
): ConnectionSecrets {
  const key = keyring.keys.find((k) => k.id === sealed.keyId);
  if (!key) {
    throw new SecretKeyNotHeldError(
      `Connection "${connectionId}" is encrypted with key "${sealed.keyId}", which is not in GONG_SECRETS_KEYS`,
    );
  }
  const data = Buffer.from(sealed.data, 'base64');
  const nonce = Buffer.from(sealed.nonce, 'base64');
  try {
    if (data.length < 17 || nonce.length !== 12) throw new Error('truncated');
    const decipher = createDecipheriv('aes-256-gcm', key.key, nonce);
    decipher.setAAD(associatedData(connectionId));
    decipher.setAuthTag(data.subarray(data.length - 16));
    const plain = Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
    const parsed = z.tuple([z.string().min(1), z.string().min(1)]).parse(JSON.parse(plain.toString('utf8')));
    return { accessKey: parsed[0], accessKeySecret: parsed[1] };
  } catch {
    // Not the cause: a failed open says nothing useful and a parse error could quote plaintext.
    throw new SecretKeyError(
      `Connection "${connectionId}" does not decrypt with key "${sealed.keyId}": wrong key, damaged data, or data copied from another connection`,
    );
  }
}

function associatedData(connectionId: string): Buffer {
  return Buffer.from(`gong-connection:${connectionId}`, 'utf8');
}
