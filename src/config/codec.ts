import { z } from 'zod';
import { parseEncryptionKeys, type EncryptionKeys } from '../adapters/codec/encryption-keys';
import { zodSection } from './env';
import { parsedBy } from './parsed-by';

/** How Temporal payloads are encoded. */
export interface CodecSettings {
  /** `PAYLOAD_ENCRYPTION_KEYS`; null: payloads are stored as plain JSON. */
  keys: EncryptionKeys | null;
}

/** The payload keys every process that talks to Temporal needs: worker, CLI, codec server. */
export const codecSection = zodSection(
  [
    {
      names: ['PAYLOAD_ENCRYPTION_KEYS'],
      meaning:
        '`keyId=base64,...` 32-byte keys: every payload Temporal stores is AES-256-GCM encrypted (see [encryption.md](encryption.md))',
    },
  ],
  z.object({
    PAYLOAD_ENCRYPTION_KEYS: parsedBy(parseEncryptionKeys, /^Invalid PAYLOAD_ENCRYPTION_KEYS: /).optional(),
  }),
  (parsed): CodecSettings => ({ keys: parsed.PAYLOAD_ENCRYPTION_KEYS ?? null }),
);
