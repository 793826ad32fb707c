import { GongUrlNotAllowedError } from './errors';

const ALLOWED_SUFFIX = '.gong.io';

/**
 * Stores a Gong API base URL the way Gong shows it: no protocol, no trailing slash
 * (`https://us-49467.api.gong.io/` → `us-49467.api.gong.io`).
 */
export function normalizeBaseUrl(input: string): string {
  return input
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/+$/, '');
}

/**
 * Builds the URL of a Gong API request and enforces the allowlist: https only, a host ending
 * in `.gong.io`, no user-info and no explicit port. Throws {@link GongUrlNotAllowedError}
 * before any I/O otherwise.
 */
export function buildGongUrl(
  baseUrl: string,
  path: string,
  query: Record<string, string | undefined> = {},
): URL {
  const base = normalizeBaseUrl(baseUrl);
  if (base === '') throw new GongUrlNotAllowedError('the base URL is empty');
  // Anything but a bare host name (user-info, port, path, query) is a way to reach another host.
  if (!/^[A-Za-z0-9.-]+$/.test(base)) {
    throw new GongUrlNotAllowedError(`"${base}" is not a bare host name`);
  }
  if (!path.startsWith('/')) throw new GongUrlNotAllowedError(`path "${path}" must start with "/"`);
  let url: URL;
  try {
    url = new URL(`https://${base}${path}`);
  } catch {
    // e.g. an invalid punycode label (`xn--a.gong.io`): refuse it like any other bad host.
    throw new GongUrlNotAllowedError(`"${base}" is not a valid host name`);
  }
  assertAllowedUrl(url);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, value);
  }
  return url;
}

/** Throws {@link GongUrlNotAllowedError} unless `url` is an https URL on a `*.gong.io` host. */
export function assertAllowedUrl(url: URL): void {
  if (url.protocol !== 'https:') throw new GongUrlNotAllowedError(`protocol ${url.protocol} is not https`);
  if (url.username !== '' || url.password !== '') {
    throw new GongUrlNotAllowedError('user-info in the URL is not accepted');
  }
  if (url.port !== '') throw new GongUrlNotAllowedError(`port ${url.port} is not accepted`);
  const host = url.hostname.toLowerCase();
  const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
  const labelsValid = host.split('.').every((part) => label.test(part));
  if (!labelsValid || !host.endsWith(ALLOWED_SUFFIX) || host.length === ALLOWED_SUFFIX.length) {
    throw new GongUrlNotAllowedError(`host "${host}" is not a *.gong.io host`);
  }
}
