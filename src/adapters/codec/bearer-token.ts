import { createHash, timingSafeEqual } from 'node:crypto';

/** The token of an `Authorization: Bearer <token>` header, or null when there is none. */
export function bearerOf(header: string | undefined): string | null {
  return /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? null;
}

/** What a server keeps of its static token: the digest {@link bearerMatches} compares with. */
export function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Compares digests so neither the token's content nor its length leaks through timing. */
export function bearerMatches(bearer: string | null, expected: Buffer): boolean {
  return timingSafeEqual(tokenDigest(bearer ?? ''), expected) && bearer !== null;
}
