import { z } from 'zod';
import { builtOnce } from './built-once';

/** Longest path accepted; Gong's own paths are far shorter. */
const MAX_PATH_LENGTH = 1024;

/** The characters Gong's own paths use: letters, digits, `-`, `_`, `.` in segments, and `/`. */
const GONG_PATH_CHARACTERS = /^[A-Za-z0-9._/-]*$/;

/**
 * Why `path` may not be sent to Gong as the path of a generic API request, or null when it may.
 * Only a relative `/v2/...` path made of the characters Gong's paths use is accepted: anything
 * that could change the host, climb out of `/v2`, or smuggle a query, a fragment, a header or a
 * path parameter (`;`) is refused, and so is any percent-encoding, since none of Gong's paths
 * needs one; the request always reaches the connection's own Gong API and nothing else.
 */
export function apiPathProblem(path: string): string | null {
  if (path.length === 0) return 'must not be empty';
  if (path.length > MAX_PATH_LENGTH) return `must be at most ${MAX_PATH_LENGTH} characters`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return 'must be a relative path like /v2/users, not an absolute URL';
  if (path.startsWith('//')) return 'must not start with "//" (a protocol-relative URL names another host)';
  // Checked before anything else reads the characters: each of these can alter how a URL parses.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(path)) return 'must not contain control characters';
  if (/\s/.test(path)) return 'must not contain whitespace';
  if (path.includes('\\')) return 'must not contain backslashes';
  if (path.includes('@')) return 'must not contain "@"';
  if (path.includes('?')) return 'must not contain "?": pass query parameters in "query"';
  if (path.includes('#')) return 'must not contain "#"';
  if (/[^\x21-\x7e]/.test(path)) return 'must contain only ASCII characters';
  if (path.includes('%')) return 'must not contain percent-encoding ("%"): Gong API paths never need it';
  if (!GONG_PATH_CHARACTERS.test(path)) {
    return 'may contain only letters, digits, "-", "_", "." and "/" (the characters of Gong API paths)';
  }
  if (!path.startsWith('/v2/') || path.length === '/v2/'.length) {
    return 'must be a Gong API path starting with /v2/, e.g. /v2/users';
  }
  const segments = path.slice(1).split('/');
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return 'must not contain "." or ".." segments';
  }
  if (segments.slice(0, -1).some((segment) => segment === ''))
    return 'must not contain empty segments ("//")';
  return null;
}

/** A Gong API path accepted by {@link apiPathProblem}; the zod issue says why a path is refused. */
export const getApiPathSchema = builtOnce(() =>
  z.string().superRefine((path, ctx) => {
    const problem = apiPathProblem(path);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  }),
);
