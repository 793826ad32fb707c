import { z } from 'zod';

/** Longest path accepted; Gong's own paths are far shorter. */
const MAX_PATH_LENGTH = 1024;

/**
 * Why `path` may not be sent to Gong as the path of a generic API request, or null when it may.
 * Only a relative `/v2/...` path is accepted: anything that could change the host, climb out of
 * `/v2`, or smuggle a query or fragment is refused, including percent-encoded forms of `.`, `/`
 * and `\`, so that the request always reaches the connection's own Gong API and nothing else.
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
  if (/%(?![0-9a-f]{2})/i.test(path)) return 'contains a "%" that is not a valid percent-encoding';
  // Encoded dot, slash and backslash are how traversal hides from a plain "..": never needed by Gong.
  // An encoded "%" would let a second decoding produce them, so it is refused too.
  if (/%(2e|2f|5c|25)/i.test(path)) return 'must not contain percent-encoded ".", "/", "\\" or "%"';
  if (/[^\x21-\x7e]/.test(path)) return 'must contain only ASCII characters (percent-encode the rest)';
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
export const apiPathSchema = z.string().superRefine((path, ctx) => {
  const problem = apiPathProblem(path);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});
