import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { badRequest } from './errors';

/** Issues and checks opaque paging cursors: HMAC-signed `{offset, inputs hash, expiry}`. */
export interface CursorCodec {
  /** A cursor for the page starting at `offset` of the listing identified by `inputs`. */
  issue(offset: number, inputs: unknown): string;
  /** The offset a cursor points to; throws a 400 when it is tampered, expired, or from another listing. */
  open(cursor: string, inputs: unknown): number;
}

const cursorPayloadSchema = z.object({ o: z.number().int().nonnegative(), h: z.string(), x: z.number() });
type CursorPayload = z.infer<typeof cursorPayloadSchema>;

/** Creates a codec with a fresh per-simulator secret, so cursors never work across simulators. */
export function createCursorCodec(ttlMs: number, now: () => Date): CursorCodec {
  const secret = randomBytes(32);
  const sign = (data: string): Buffer => createHmac('sha256', secret).update(data).digest();
  return {
    issue(offset, inputs) {
      const payload: CursorPayload = { o: offset, h: hashInputs(inputs), x: now().getTime() + ttlMs };
      const data = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return `${data}.${sign(data).toString('base64url')}`;
    },
    open(cursor, inputs) {
      const [data, signature, extra] = cursor.split('.');
      if (!data || !signature || extra !== undefined) throw badRequest('Invalid cursor');
      const expected = sign(data);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw badRequest('Invalid cursor');
      // Signed by this simulator, so it parses; validated all the same rather than trusted.
      const parsed = cursorPayloadSchema.safeParse(
        JSON.parse(Buffer.from(data, 'base64url').toString('utf8')),
      );
      if (!parsed.success) throw badRequest('Invalid cursor');
      const payload = parsed.data;
      if (now().getTime() > payload.x) throw badRequest('cursor has expired');
      if (payload.h !== hashInputs(inputs)) {
        throw badRequest('Invalid cursor: it does not match the other request parameters');
      }
      return payload.o;
    },
  };
}

/** A hash of the request inputs other than the cursor; key order does not matter. */
function hashInputs(inputs: unknown): string {
  return createHash('sha256').update(stableJson(inputs)).digest('hex').slice(0, 24);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
