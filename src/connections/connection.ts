import { connectionIdSchema } from '../api/input-schemas';
import { GongWorkerError } from '../api/gong-worker-error';
import { baseUrlProblem, normalizeBaseUrl } from '../gong/base-url';

export { connectionIdSchema };

/** A saved Gong account: where to reach it and the key pair that opens it. */
export interface Connection {
  id: string;
  baseUrl: string;
  accessKey: string;
  accessKeySecret: string;
}

/** What a person types when connecting or editing an account. */
export interface ConnectionFields {
  baseUrl?: string | undefined;
  accessKey?: string | undefined;
  accessKeySecret?: string | undefined;
}

/** Raised when saving or editing a connection is refused; `field` names the culprit. */
export class ConnectionValidationError extends GongWorkerError {
  override readonly name = 'ConnectionValidationError';
  constructor(
    readonly field: 'id' | 'baseUrl' | 'accessKey' | 'accessKeySecret',
    message: string,
  ) {
    super(message);
  }
}

const FIELD_LABELS = { accessKey: 'Access Key', accessKeySecret: 'Access Key Secret' } as const;

/**
 * Validates a new connection. Nothing is sent to Gong: saving only checks the fields.
 * The base URL is stored without protocol and trailing slash.
 */
export function createConnection(id: string, fields: ConnectionFields): Connection {
  const parsedId = connectionIdSchema.safeParse(id);
  if (!parsedId.success) {
    throw new ConnectionValidationError(
      'id',
      `Connection id "${id}" is invalid: ${parsedId.error.issues[0]?.message}`,
    );
  }
  const baseUrl = normalizeBaseUrl(fields.baseUrl ?? '');
  if (baseUrl === '') throw new ConnectionValidationError('baseUrl', 'API base URL: This field is required');
  assertAllowedBaseUrl(baseUrl);
  for (const field of ['accessKey', 'accessKeySecret'] as const) {
    if (isBlank(fields[field])) {
      throw new ConnectionValidationError(
        field,
        `Failed to install integration: ${FIELD_LABELS[field]} is required`,
      );
    }
  }
  return {
    id,
    baseUrl,
    accessKey: (fields.accessKey ?? '').trim(),
    accessKeySecret: (fields.accessKeySecret ?? '').trim(),
  };
}

/**
 * Applies an edit. A field left blank, omitted, or sent back as its masked display value
 * keeps the stored value; anything else replaces it.
 */
export function editConnection(existing: Connection, fields: ConnectionFields): Connection {
  // Normalized first: "https://" or "/" alone is as blank as "" and must not erase the stored URL.
  const typedUrl = normalizeBaseUrl(fields.baseUrl ?? '');
  const baseUrl = typedUrl === '' ? existing.baseUrl : typedUrl;
  if (typedUrl !== '') assertAllowedBaseUrl(typedUrl);
  return {
    id: existing.id,
    baseUrl,
    accessKey: keepOrReplace(existing.accessKey, fields.accessKey),
    accessKeySecret: keepOrReplace(existing.accessKeySecret, fields.accessKeySecret),
  };
}

/** Refuses, when saving, a base URL that requests could never use (wrong host, user-info, port, path). */
function assertAllowedBaseUrl(baseUrl: string): void {
  const problem = baseUrlProblem(baseUrl);
  if (problem !== null) throw new ConnectionValidationError('baseUrl', `API base URL: ${problem}`);
}

/** A secret as people see it: bullets plus its last 4 characters (bullets only when it is that short). */
export function maskSecret(value: string): string {
  const bullets = '••••••••';
  return value.length <= 4 ? bullets : `${bullets}${value.slice(-4)}`;
}

/** A connection safe to print or return: masked keys, URL without protocol. */
export interface ConnectionView {
  id: string;
  baseUrl: string;
  accessKey: string;
  accessKeySecret: string;
}

/** The display form of a connection. */
export function describeConnection(connection: Connection): ConnectionView {
  return {
    id: connection.id,
    baseUrl: normalizeBaseUrl(connection.baseUrl),
    accessKey: maskSecret(connection.accessKey),
    accessKeySecret: maskSecret(connection.accessKeySecret),
  };
}

function keepOrReplace(stored: string, submitted: string | undefined): string {
  if (isBlank(submitted) || submitted === maskSecret(stored)) return stored;
  return (submitted ?? '').trim();
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}
