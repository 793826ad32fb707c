// `ms` ships its types at dist/index.d.ts, but its package.json "exports" does not name them, so
// moduleResolution Bundler cannot find them. This declares the one call the CLI makes.
declare module 'ms' {
  /** A duration such as `15m`, `1h`, `90s` or `15 minutes`. */
  export type StringValue = string;
  /** Milliseconds in `value`, NaN when it is not a duration; throws on an empty string. */
  export default function ms(value: StringValue): number;
}
