import { fileURLToPath } from 'node:url';
import type { DataConverter } from '@temporalio/common';
import { createEncryptionCodec } from './aes-gcm-codec';
import type { EncryptionKeys } from './encryption-keys';

/** Module exporting the failure converter that encodes messages and stack traces (for workflow bundles too). */
export const ENCODING_FAILURE_CONVERTER_PATH = fileURLToPath(
  new URL('./encoding-failure-converter.cjs', import.meta.url),
);

/**
 * The data converter of an encrypted deployment: the AES-256-GCM codec over every payload, and
 * failure messages and stack traces encoded so the codec covers them too.
 */
export function encryptingDataConverter(keys: EncryptionKeys): DataConverter {
  return {
    payloadCodecs: [createEncryptionCodec(keys)],
    failureConverterPath: ENCODING_FAILURE_CONVERTER_PATH,
  };
}

/**
 * The data converter for `keys` (`PAYLOAD_ENCRYPTION_KEYS`); undefined without keys (Temporal's
 * default, payloads in plain JSON).
 */
export function dataConverterFor(keys: EncryptionKeys | null): DataConverter | undefined {
  return keys ? encryptingDataConverter(keys) : undefined;
}
