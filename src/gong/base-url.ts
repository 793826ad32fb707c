import { domainToASCII, domainToUnicode } from 'node:url';
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
  // The base is not quoted back: user-info in it may hold credentials.
  if (!/^[A-Za-z0-9.-]+$/.test(base)) {
    throw new GongUrlNotAllowedError(`the base URL is not a bare host name (${whatElse(base)})`);
  }
  // "//host" or a backslash would make the path name another host once resolved.
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) {
    throw new GongUrlNotAllowedError('the path must be a single absolute path on the Gong host');
  }
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
  const labelsValid = host.split('.').every((part) => label.test(part) && validPunycode(part));
  if (!labelsValid || !host.endsWith(ALLOWED_SUFFIX) || host.length === ALLOWED_SUFFIX.length) {
    throw new GongUrlNotAllowedError(`host "${host}" is not a *.gong.io host`);
  }
}

/**
 * An `xn--` label must decode to Unicode that encodes back to it: Node 24's URL parser accepts
 * labels such as `xn--a` that decode to nothing, which Node 20's refused.
 */
function validPunycode(label: string): boolean {
  if (!label.startsWith('xn--')) return true;
  const unicode = domainToUnicode(label);
  return unicode !== '' && unicode !== label && domainToASCII(unicode) === label;
}

/** Names what, besides a host name, a base URL carries, without repeating any of it. */
function whatElse(base: string): string {
  if (base.includes('@')) return 'it contains user-info';
  if (/[/?#\\]/.test(base)) return 'it contains a path, query or fragment';
  if (base.includes(':')) return 'it contains a port';
  return 'it contains characters not allowed in a host name';
}

/**
 * Checks a base URL when a connection is saved, so a wrong host is reported then rather than
 * at the first request. Returns null when it is allowed, otherwise the reason.
 */
export function baseUrlProblem(baseUrl: string): string | null {
  try {
    buildGongUrl(baseUrl, '/v2/users');
    return null;
  } catch (error) {
    if (error instanceof GongUrlNotAllowedError) return error.message;
    throw error;
  }
}
