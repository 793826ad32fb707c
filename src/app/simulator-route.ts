import { assertAllowedUrl } from '../gong/base-url';
import type { FetchLike } from '../gong/http';

/**
 * Wraps `fetch` so that requests for an allowed `*.gong.io` URL are delivered to a local Gong
 * simulator instead. The allowlist still runs on the original URL, exactly as in production;
 * only loopback simulator addresses are accepted, so this can never send data elsewhere.
 */
export function routeToSimulator(
  simulatorUrl: string,
  baseFetch: FetchLike,
  warn: (message: string) => void,
): FetchLike {
  const target = new URL(simulatorUrl);
  if (!isLoopback(target.hostname)) {
    throw new Error(`GONG_SIMULATOR_URL must point at a loopback address, got "${target.hostname}"`);
  }
  let warned = false;
  return (input, init) => {
    assertAllowedUrl(input);
    if (!warned) {
      warned = true;
      warn(
        `Gong requests for *.gong.io are routed to the simulator at ${target.origin} (GONG_SIMULATOR_URL)`,
      );
    }
    // Concatenated, not resolved: a path like "//evil.com" must not become the host.
    const routed = new URL(`${target.origin}${input.pathname}${input.search}`);
    if (routed.origin !== target.origin) {
      throw new Error(`refusing to route ${input.pathname} away from the simulator`);
    }
    const headers = new Headers(init.headers);
    headers.set('x-gong-original-host', input.host);
    return baseFetch(routed, { ...init, headers });
  };
}

/** 127.0.0.0/8, ::1 and localhost. */
function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
