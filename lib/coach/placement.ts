/**
 * Where an inserted ask goes, in offsets of the rep's own text, and how it is
 * joined to its neighbours. Pure: no DOM.
 */
import type { Analysis } from '../engine/types.ts';

export interface Placement {
  /** Offset in the rep's text: the ask goes right after character `at - 1`. */
  at: number;
  /** The text to insert there, with the spaces (and full stop) that join it to the sentence before. */
  text: string;
}

/** The end of `text` without its trailing white space. */
function trimmedEnd(text: string, end: number): number {
  let e = Math.min(end, text.length);
  while (e > 0 && /\s/.test(text[e - 1] as string)) e--;
  return e;
}

/**
 * An ask answers one give, so it goes right after that give's sentence: in
 * the rep's own words, before the sign-off, the signature and any quoted
 * history (which are not part of the analysed text at all). Without a give
 * to follow (the draft changed since the ask was offered) it goes at the end
 * of the rep's text. Null when the rep's text is empty.
 */
export function placeAsk(analysis: Pick<Analysis, 'text' | 'gives' | 'suggestions'>, ask: string): Placement | null {
  const { text } = analysis;
  const suggestion = analysis.suggestions.find((s) => s.text === ask);
  const give = suggestion ? analysis.gives[suggestion.give] : analysis.gives[analysis.gives.length - 1];
  const at = trimmedEnd(text, give ? give.sentence.end : text.length);
  if (at === 0) return null;
  return { at, text: joinAfter(text, at, ask) };
}

/** `ask` prefixed so that it reads as a new sentence after text[0, at), and suffixed when text continues on the same line. */
export function joinAfter(text: string, at: number, ask: string): string {
  const before = text[at - 1] ?? '';
  const after = text[at] ?? '';
  // A sentence the rep left without its full stop gets one, so the ask does not run on.
  const stop = /[\p{L}\p{N}%)]/u.test(before) ? '.' : '';
  const lead = before === '' || /\s/.test(before) ? '' : ' ';
  const trail = after !== '' && !/\s/.test(after) ? ' ' : '';
  return `${stop}${lead}${ask.trim()}${trail}`;
}
