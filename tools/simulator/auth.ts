import { timingSafeEqual } from 'node:crypto';

/** A Gong API key pair the simulator accepts. */
export interface SimulatorAccount {
  accessKey: string;
  accessKeySecret: string;
}

/** The key pair a default simulator accepts. Obviously fake, so it is never mistaken for a real secret. */
export const DEFAULT_SIM_ACCOUNT: SimulatorAccount = {
  accessKey: 'sim-access-key-0001',
  accessKeySecret: 'sim-secret-key-0001',
};

/** The access key of the account whose Basic credentials `header` carries, or null when they are invalid. */
export function authenticate(
  header: string | undefined,
  accounts: readonly SimulatorAccount[],
): string | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const key = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  const account = accounts.find((a) => a.accessKey === key);
  return account && sameText(account.accessKeySecret, secret) ? account.accessKey : null;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
