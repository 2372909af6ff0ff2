import type { Exclusion, Span } from './types.ts';

/**
 * Splits the seller's own text into sentences: the unit in which a negation,
 * a condition or a question mark applies. Email prose is hard-wrapped and
 * full of bullets and greetings, so line breaks count as boundaries unless
 * the line looks wrapped.
 */

/** Longest sentence handed to the rules: keeps a 1 MB draft with no punctuation linear. */
export const MAX_SENTENCE = 600;

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'vs', 'etc', 'approx', 'inc', 'ltd', 'co', 'jr', 'sr', 'st', 'no',
  'a.m', 'p.m', 'u.s', 'fig', 'est', 'dept', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  // Money and order lines: "Rs. 1,840", "Ref. 4471", "incl. VAT".
  'rs', 'ref', 'tel', 'ext', 'attn', 'incl', 'excl', 'qty', 'nos',
]);

const BULLET = /[ \t]*(?:[-*•·→✓✔☐▪◦+]|\d{1,2}[.)]|[a-h][.)]|\*\*)[ \t]/y;

function bulletAt(text: string, at: number): boolean {
  BULLET.lastIndex = at;
  return BULLET.test(text);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12;
}

/** The complement of the exclusions within [0, length). */
export function ownSegments(length: number, excluded: readonly Exclusion[]): Span[] {
  const segments: Span[] = [];
  let at = 0;
  for (const ex of excluded) {
    if (ex.start > at) segments.push({ start: at, end: ex.start });
    at = Math.max(at, ex.end);
  }
  if (at < length) segments.push({ start: at, end: length });
  return segments;
}

export function splitSentences(text: string, segments: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const seg of segments) splitSegment(text, seg.start, seg.end, out);
  return out;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    while (cut > start + MAX_SENTENCE / 2 && !isSpace(text.charCodeAt(cut))) cut--;
    out.push({ start, end: cut });
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end });
}

/** Characters that can end a sentence; the regex engine skips the rest natively. */
const BOUNDARY = /[\n.!?]/g;

function splitSegment(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  let lineStart = from;
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m && m.index < to; m = BOUNDARY.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (breaksAtNewline(text, lineStart, i, to)) {
        push(text, start, i, out);
        start = i + 1;
      }
      lineStart = i + 1;
      continue;
    }
    // . ! ? followed by closing quotes/brackets, then whitespace.
    let j = i + 1;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (d === 46 || d === 33 || d === 63 || d === 34 || d === 39 || d === 41 || d === 93 || d === 0x201d || d === 0x2019) j++;
      else break;
    }
    BOUNDARY.lastIndex = j;
    if (j >= to || !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const next = text.charCodeAt(k);
    const lowercase = next >= 97 && next <= 122;
    // A word that opens sentences in all-lowercase typing ("… for feb. i'll eat the transport") ends one after a date or company abbreviation.
    const opener = lowercase && startsLowercaseSentence(text, k);
    if (c === 46 && isAbbreviation(text, i, start, opener)) continue;
    // Otherwise a lowercase word after a full stop is usually an abbreviation we do not know.
    if (c === 46 && lowercase && !opener) continue;
    push(text, start, j, out);
    start = j;
  }
  push(text, start, to, out);
}

/** Words that start a sentence, never follow an abbreviation: pronouns, question words, "let", "please", "thanks". */
const LOWERCASE_OPENER = /(?:i|we|you|let|lets|pls|please|thanks|thx|how|what|when|where|why|who|can|could|would|will|do|does|did|is|are|if)(?:'(?:ll|m|ve|d|re|s))?\b/y;

function startsLowercaseSentence(text: string, at: number): boolean {
  LOWERCASE_OPENER.lastIndex = at;
  return LOWERCASE_OPENER.test(text);
}

/** Abbreviations that run on into the sentence whatever word follows: "e.g. we", "Dr. I". */
const MID_SENTENCE = new Set(['e.g', 'i.e', 'vs', 'approx', 'no', 'st', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'fig']);

function isAbbreviation(text: string, dot: number, floor: number, beforeOpener: boolean): boolean {
  let s = dot;
  while (s > floor) {
    const c = text.charCodeAt(s - 1);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
    if (!letter) break;
    s--;
  }
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1) return true; // initials: "J. Smith"
  return ABBREVIATIONS.has(word) && (!beforeOpener || MID_SENTENCE.has(word));
}

/** A line break ends a sentence unless the line above looks hard-wrapped mid-sentence. */
function breaksAtNewline(text: string, lineStart: number, nl: number, to: number): boolean {
  let e = nl;
  while (e > lineStart && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === lineStart) return true; // blank line
  const last = text.charCodeAt(e - 1);
  // . ! ? : ; and closing quotes end a sentence at the line end.
  if (last === 46 || last === 33 || last === 63 || last === 58 || last === 59 || last === 34 || last === 0x201d) return true;
  let n = nl + 1;
  while (n < to && (text.charCodeAt(n) === 32 || text.charCodeAt(n) === 9 || text.charCodeAt(n) === 13)) n++;
  if (n >= to || text.charCodeAt(n) === 10 || bulletAt(text, nl + 1)) return true;
  if (e - lineStart < 60 && bulletAt(text, lineStart)) return true;
  // Short lines are greetings, headings and list items; long ones are wrapped prose.
  return e - lineStart < 45;
}
