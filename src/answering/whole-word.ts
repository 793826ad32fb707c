/**
 * A pattern that finds `word` (taken literally) only where no character of `edge` touches it:
 * letters by default, so "Ana" is not found in "Banana" nor "CFO" in "CFOs".
 */
export function wholeWord(word: string, flags: string, edge = '\\p{L}'): RegExp {
  const literal = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![${edge}])${literal}(?![${edge}])`, flags);
}
