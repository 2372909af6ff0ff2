import type { Exclusion } from './types.ts';

/**
 * Sorts and merges exclusions: overlapping or touching spans of one reason
 * become one; where a quote and a signature overlap, the earlier keeps the
 * shared part (a signature inside a quote stays quote).
 */
export function mergeSpans(spans: readonly Exclusion[]): Exclusion[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Exclusion[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && (s.start < last.end || (s.start === last.end && s.reason === last.reason))) {
      if (s.end <= last.end) continue;
      if (s.reason === last.reason) {
        last.end = s.end;
        continue;
      }
      merged.push({ start: last.end, end: s.end, reason: s.reason });
      continue;
    }
    merged.push({ ...s });
  }
  return merged;
}
