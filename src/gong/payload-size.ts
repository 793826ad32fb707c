/**
 * Largest result, serialized as JSON, that an activity or workflow returns. Temporal refuses
 * payloads over 2 MB; the margin leaves room for the envelope and the other fields of a result.
 */
export const MAX_RESULT_BYTES = 1_500_000;

/** Size in bytes of `value` serialized as JSON (UTF-8), as Temporal's default converter stores it. */
function serializedSize(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : new TextEncoder().encode(json).length;
}

/** A size in bytes as people read it, e.g. `2.3 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${bytes} B`;
}

/**
 * Why `result` cannot travel as a Temporal payload, or null when it can. Retrying would fetch the
 * same bytes again, so the message says how to ask for less instead.
 */
export function payloadTooLarge(
  result: unknown,
  what: string,
  howToNarrow: string,
): { message: string; sizeBytes: number } | null {
  const sizeBytes = serializedSize(result);
  if (sizeBytes <= MAX_RESULT_BYTES) return null;
  return {
    message: `${what} is ${formatBytes(sizeBytes)}, more than the ${formatBytes(MAX_RESULT_BYTES)} a Temporal result may carry. ${howToNarrow}`,
    sizeBytes,
  };
}
