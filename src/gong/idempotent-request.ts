/**
 * POST endpoints of Gong API v2 that only read (Gong uses POST for queries with a body).
 * Retrying them is as safe as retrying a GET.
 */
const READ_ONLY_POSTS: readonly RegExp[] = [
  /^\/v2\/calls\/extensive$/,
  /^\/v2\/calls\/transcript$/,
  /^\/v2\/users\/extensive$/,
  /^\/v2\/stats\//,
  /^\/v2\/meetings\/integration\/status$/,
];

/**
 * Whether sending the request twice has the effect of sending it once. A write that failed
 * with a 5xx or a lost connection may still have been applied, so it is not retried blindly.
 */
export function isIdempotentRequest(method: string, path: string): boolean {
  if (method === 'GET') return true;
  if (method === 'POST') return READ_ONLY_POSTS.some((pattern) => pattern.test(path));
  return false;
}
