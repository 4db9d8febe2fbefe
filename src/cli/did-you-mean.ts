/**
 * "Did you mean": the nearest known name to a mistyped command, option or
 * rule id, or nothing when no name is near enough to be a plausible typo.
 */
import { closest, distance } from 'fastest-levenshtein';

/** A typo is at most a third of the word away, and two edits always (a swapped pair of letters is two). */
function nearEnough(typed: string, candidate: string): boolean {
  const limit = Math.max(2, Math.ceil(Math.max(typed.length, candidate.length) / 3));
  return distance(typed.toLowerCase(), candidate.toLowerCase()) <= limit;
}

export function didYouMean(typed: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = typed.toLowerCase();
  const byPrefix = candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower));
  if (lower.length >= 3 && byPrefix.length === 1) return byPrefix[0];
  const best = closest(
    lower,
    candidates.map((candidate) => candidate.toLowerCase()),
  );
  const match = candidates.find((candidate) => candidate.toLowerCase() === best);
  return match !== undefined && nearEnough(typed, match) ? match : undefined;
}

/** `; did you mean "x"?` or nothing. */
export function suggestion(typed: string, candidates: readonly string[]): string {
  const match = didYouMean(typed, candidates);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}
