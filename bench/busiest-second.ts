/** The most of `times` (milliseconds) in any sliding second, as Gong counts arrivals. */
export function busiestSecond(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let end = 0, start = 0; end < sorted.length; end += 1) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= 1000) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}
