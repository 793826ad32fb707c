import { GONG_PATH_TEMPLATES } from './gong-path-templates';

/** What is known of a Gong request before it is sent. */
interface GongRequestStart {
  method: string;
  host: string;
  /** The path's Gong template (`/v2/calls/{id}`) or `{other}`: no ids, names or query in telemetry. */
  pathTemplate: string;
}

/** How a Gong request ended: an HTTP answer, or no answer at all (`status` null). */
export interface GongRequestOutcome {
  status: number | null;
  requestId: string | null;
  retryAfterSeconds: number | null;
  /** Bytes of the response body read. */
  bytes: number;
  /** Why there was no answer (`timeout`, `cancelled`, `network`, `too-large`); null with a status. */
  failure: 'timeout' | 'cancelled' | 'network' | 'too-large' | null;
}

/**
 * Watches the Gong requests a client sends, for metrics and traces; the client works the same
 * without one. Implementations must not throw: telemetry never fails a request.
 */
export interface GongRequestObserver {
  /** Runs `wait` (the pacer's) and records how long it held the request back. */
  paced(host: string, wait: () => Promise<void>): Promise<void>;
  /** Runs one HTTP exchange; `exchange` reports its outcome before it returns or throws. */
  request<T>(
    start: GongRequestStart,
    exchange: (report: (outcome: GongRequestOutcome) => void) => Promise<T>,
  ): Promise<T>;
}

/** The template of every path that is not one of Gong's documented ones. */
const OTHER_PATH_TEMPLATE = '{other}';

/** One documented template, split into its segments; `null` stands for a parameter (`{id}`). */
interface CompiledTemplate {
  template: string;
  segments: (string | null)[];
  /** Literal segments: the most specific template wins (`/v2/calls/extensive` over `/v2/calls/{id}`). */
  literals: number;
}

const COMPILED: CompiledTemplate[] = GONG_PATH_TEMPLATES.map((template) => {
  const segments = template.split('/').map((segment) => (/^\{[^}]+\}$/.test(segment) ? null : segment));
  return { template, segments, literals: segments.filter((segment) => segment !== null).length };
}).sort((a, b) => b.literals - a.literals);

/**
 * A path fit for telemetry: the Gong OpenAPI template it matches (`/v2/users/{id}`), or
 * {@link OTHER_PATH_TEMPLATE} for anything else. Callers choose paths (`gongApiRequest`), so a
 * label or span name built from the path itself would hold their ids and names and grow without
 * bound; the templates are a fixed list.
 */
export function pathTemplate(path: string): string {
  const segments = path.split(/[?#]/, 1)[0]!.split('/');
  const match = COMPILED.find(
    (candidate) =>
      candidate.segments.length === segments.length &&
      candidate.segments.every((segment, index) =>
        segment === null ? segments[index] !== '' : segment === segments[index],
      ),
  );
  return match?.template ?? OTHER_PATH_TEMPLATE;
}
