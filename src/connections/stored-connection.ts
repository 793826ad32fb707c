import { z } from 'zod';
import { connectionIdSchema, type Connection } from './connection';
import {
  openSecrets,
  sealedSecretsSchema,
  sealSecrets,
  SecretKeyNotHeldError,
  type SealedSecrets,
  type SecretKeyring,
} from './secret-keys';
import { ConnectionCorruptError } from './store-errors';

/** A connection as stored: secrets in clear (file store without keys) or sealed. */
export type StoredConnection =
  | { id: string; baseUrl: string; accessKey: string; accessKeySecret: string }
  | { id: string; baseUrl: string; secrets: SealedSecrets };

const plainSchema = z.object({
  id: connectionIdSchema,
  baseUrl: z.string().min(1),
  accessKey: z.string().min(1),
  accessKeySecret: z.string().min(1),
});
const sealedSchema = z.object({
  id: connectionIdSchema,
  baseUrl: z.string().min(1),
  secrets: sealedSecretsSchema,
});

/** Validates a connection before it is stored (never trusts a caller to have done it). */
export function validConnection(connection: Connection): Connection {
  return plainSchema.parse(connection);
}

/** The stored form: sealed under the keyring's first key when there is one, else in clear. */
export function toStored(connection: Connection, keyring: SecretKeyring | null): StoredConnection {
  const valid = validConnection(connection);
  if (!keyring) return valid;
  return { id: valid.id, baseUrl: valid.baseUrl, secrets: sealSecrets(keyring, valid.id, valid) };
}

/**
 * Reads a stored value that should be connection `expectedId`: checks its shape and that it names
 * that id (a file or row copied under another name is refused), then opens its secrets.
 */
export function fromStored(
  expectedId: string,
  value: unknown,
  keyring: SecretKeyring | null,
  where: 'file' | 'row',
): Connection {
  const isSealed = typeof value === 'object' && value !== null && 'secrets' in value;
  const parsed = isSealed ? sealedSchema.safeParse(value) : plainSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Only the path and zod's reason: never the value, which may be a secret.
    throw new ConnectionCorruptError(
      expectedId,
      `${issue?.path.join('.') || where}: ${issue?.message ?? 'invalid'}`,
      where,
    );
  }
  const stored: StoredConnection = parsed.data;
  if (stored.id !== expectedId) {
    throw new ConnectionCorruptError(expectedId, `it holds connection "${stored.id}"`, where);
  }
  if (!('secrets' in stored)) return stored;
  if (!keyring) {
    throw new SecretKeyNotHeldError(
      `Connection "${expectedId}" is encrypted with key "${stored.secrets.keyId}", but GONG_SECRETS_KEYS is not set`,
    );
  }
  return { id: stored.id, baseUrl: stored.baseUrl, ...openSecrets(keyring, expectedId, stored.secrets) };
}

/** Whether a stored value needs rewriting to be sealed under the keyring's first key. */
export function needsReencrypt(value: unknown, keyring: SecretKeyring): boolean {
  const sealed = z.object({ secrets: sealedSecretsSchema }).safeParse(value);
  return !sealed.success || sealed.data.secrets.keyId !== keyring.keys[0]?.id;
}
