import { CIPHER, CIPHER_METADATA, ENCRYPTED_ENCODING, KEY_ID_METADATA } from './aes-gcm-codec';

/**
 * The key ids of this codec's encrypted payloads anywhere in a raw Temporal message (a history
 * event as the server returns it, payloads undecoded), in the order met, each once. A payload is
 * any object with a `metadata` map: results, failure attributes and details, nested causes alike.
 */
export function encryptionKeyIdsIn(message: unknown): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return;
    const metadata = (value as { metadata?: unknown }).metadata;
    if (typeof metadata === 'object' && metadata !== null) {
      const fields = metadata as Record<string, unknown>;
      if (text(fields.encoding) === ENCRYPTED_ENCODING && text(fields[CIPHER_METADATA]) === CIPHER) {
        ids.add(text(fields[KEY_ID_METADATA]) ?? '');
      }
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(message);
  return [...ids];
}

function text(value: unknown): string | undefined {
  return value instanceof Uint8Array ? Buffer.from(value).toString('utf8') : undefined;
}
