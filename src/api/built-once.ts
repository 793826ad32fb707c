/**
 * A value built on its first use, then kept. The workflow sandbox evaluates every module of the
 * bundle again for each workflow it creates (and for each it replays after eviction from the
 * sticky cache), so a schema built when its module loads costs every run whether it parses with
 * it or not; built on first use, a run pays only for the one schema it parses its input with.
 */
export function builtOnce<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
