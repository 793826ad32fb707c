/** One statement of a model's answer and the calls it says support it. */
export interface Claim {
  text: string;
  callIds: string[];
}

/**
 * Keeps only citations of calls that were actually analyzed, so an id the model invented never
 * reaches a user, and drops claims left with no citation (they are unsupported). Duplicate ids in a
 * claim collapse to one.
 */
export function keepKnownCitations(claims: readonly Claim[], analyzedCallIds: readonly string[]): Claim[] {
  const known = new Set(analyzedCallIds);
  return claims
    .map((claim) => ({
      text: claim.text.trim(),
      callIds: [...new Set(claim.callIds.map((id) => id.trim()).filter((id) => known.has(id)))],
    }))
    .filter((claim) => claim.text.length > 0 && claim.callIds.length > 0);
}

/** Puts the markers before a claim's final punctuation, where a reader expects a footnote. */
function withMarkers(text: string, markers: string): string {
  const match = /^(.*?)([.!?]+)$/s.exec(text);
  return match ? `${match[1]} ${markers}${match[2]}` : `${text} ${markers}`;
}

/**
 * Joins claims into one answer text in which each claim carries `[n]` markers, `n` being the
 * 1-based position of the cited call in `citedCallIds` (ordered by first citation).
 */
export function assembleCitedAnswer(claims: readonly Claim[]): { answer: string; citedCallIds: string[] } {
  const citedCallIds = [...new Set(claims.flatMap((claim) => claim.callIds))];
  const answer = claims
    .map((claim) => {
      const markers = claim.callIds.map((id) => `[${citedCallIds.indexOf(id) + 1}]`).join('');
      return withMarkers(claim.text, markers);
    })
    .join(' ');
  return { answer, citedCallIds };
}
