import net from 'node:net';
import { CommandFailedError } from './io';

/** How long the CLI's client may take to connect: an unreachable server is reported within 3 s. */
export const TEMPORAL_CONNECT_TIMEOUT_MS = 2_500;

/** How long the TCP probe, run beside the client's connection, may take to explain a failure. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * The one-line error for a Temporal client that could not connect to `address`: the reason is
 * what a plain TCP connection said (`tcpFailure`, e.g. "connection refused"), else the client's
 * own error.
 */
export function temporalUnreachable(
  address: string,
  error: unknown,
  tcpFailure: string | null,
): CommandFailedError {
  const reason =
    tcpFailure ??
    `it accepts connections but did not answer as a Temporal server within ${TEMPORAL_CONNECT_TIMEOUT_MS / 1000}s (${
      error instanceof Error ? error.message : String(error)
    })`;
  return new CommandFailedError(`cannot reach Temporal at ${address}: ${reason}`, 'temporal-unreachable', {
    address,
  });
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
};

/** Null when `address` accepts TCP connections; otherwise why not. */
export function probeTcp(address: string): Promise<string | null> {
  const at = address.lastIndexOf(':');
  const host = address.slice(0, at).replace(/^\[(.*)\]$/, '$1');
  const port = Number(address.slice(at + 1));
  if (at <= 0 || !Number.isInteger(port) || port <= 0 || port > 65_535) return Promise.resolve(null);
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(PROBE_TIMEOUT_MS);
    const done = (reason: string | null) => {
      socket.destroy();
      resolve(reason);
    };
    socket.once('connect', () => done(null));
    socket.once('timeout', () => done('connection timed out'));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      done((error.code && REASONS[error.code]) || error.message),
    );
  });
}
