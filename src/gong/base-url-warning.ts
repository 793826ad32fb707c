import { baseUrlProblem, normalizeBaseUrl } from './base-url';

/** Gong's API hosts: `api.gong.io` itself and the per-account `us-12345.api.gong.io` form. */
const GONG_API_HOST = /^(?:[a-z0-9-]+\.)*api\.gong\.io$/;

/**
 * A warning for a base URL that the allowlist accepts but that is not one of Gong's API hosts
 * (`api.gong.io` or `*.api.gong.io`): the Access Key and Secret are sent to that host with every
 * request, so a typo or a look-alike under `*.gong.io` deserves a second look. Null when the host
 * is a Gong API host, and when the base URL is not allowed at all (that is an error, reported by
 * {@link baseUrlProblem}, not a warning).
 */
export function baseUrlHostWarning(baseUrl: string): string | null {
  if (baseUrlProblem(baseUrl) !== null) return null;
  const host = normalizeBaseUrl(baseUrl).toLowerCase();
  if (GONG_API_HOST.test(host)) return null;
  return `"${host}" is not api.gong.io or a *.api.gong.io host, and the Access Key and Secret are sent to it with every request. Check the API base URL shown in Gong (Company settings, Ecosystem, API).`;
}
