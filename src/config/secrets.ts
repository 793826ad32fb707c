import { z } from 'zod';
import { parseSecretKeys, type SecretKeyring } from '../connections/secret-keys';
import { zodSection } from './env';
import { parsedBy } from './parsed-by';

/** The keys that seal connection secrets at rest. */
export interface SecretsSettings {
  /** `GONG_SECRETS_KEYS`: required with PostgreSQL, optional for files; null when unset. */
  keyring: SecretKeyring | null;
}

/** `GONG_SECRETS_KEYS`, parsed; shared by the store section, which needs it with PostgreSQL. */
export const secretsKeysSchema = parsedBy(parseSecretKeys, /^GONG_SECRETS_KEYS:? */).optional();

/** Keys for the connection secrets the store keeps (not the Temporal payload keys: see `codec`). */
export const secretsSection = zodSection(
  [
    {
      names: ['GONG_SECRETS_KEYS'],
      meaning:
        '`keyId=base64,...` 32-byte keys: access keys and secrets are stored AES-256-GCM encrypted (first key encrypts, all decrypt)',
    },
  ],
  z.object({ GONG_SECRETS_KEYS: secretsKeysSchema }),
  (parsed): SecretsSettings => ({ keyring: parsed.GONG_SECRETS_KEYS ?? null }),
);
