import type { Span } from './types.ts';

/**
 * The prefilter that keeps the engine fast: each rule names cue words, and a
 * rule's pattern runs only on sentences holding one of them — and, when the
 * rule also names `alsoCues`, one of those as well. Words are
 * hashed as they are read, so the scan allocates nothing; a bitset of cue
 * hashes rejects most words before any map lookup, and a hit is confirmed
 * against the cue itself. A word's trailing "s" is ignored.
 */

/** The scanner's hash of a lowercase word; a one-character symbol cue hashes to its char code. */
export function cueHash(word: string): number {
  if (word.length === 1 && !/[a-z]/.test(word)) return word.charCodeAt(0);
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

const bucket = (h: number) => (h ^ (h >>> 16)) & 0xffff;

/** ASCII letters to lowercase; everything else to 0 (a word boundary). */
const LOWER = new Uint8Array(128);
for (let c = 65; c <= 90; c++) LOWER[c] = c + 32;
for (let c = 97; c <= 122; c++) LOWER[c] = c;

/** Does `text` at `start` spell `word` (lowercase), ignoring ASCII case? Allocates nothing. */
function sameWord(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(start + i);
    const c = code < 128 ? (LOWER[code] ?? 0) : code;
    if (c !== 0 && c === word.charCodeAt(i)) continue;
    // A symbol cue ("%", "$") is itself.
    if (code !== word.charCodeAt(i)) return false;
  }
  return true;
}

export interface CueEntry {
  word: string;
  /** rule index × 2 + 0 for a cue, + 1 for an also-cue */
  refs: readonly number[];
}

export class CueIndex {
  private readonly byHash = new Map<number, CueEntry[]>();
  private readonly filter = new Uint8Array(0x10000);
  /** rules that need a hit from both lists */
  private readonly needsBoth: Uint8Array;
  // Per-rule stamps of the current sentence: no Set is allocated per sentence.
  private readonly queued: Int32Array;
  private readonly seenCue: Int32Array;
  private readonly seenAlso: Int32Array;
  private stamp = 0;

  /** `refs` maps each word to rule × 2 + (0 cue | 1 also-cue). */
  constructor(refs: ReadonlyMap<string, readonly number[]>, ruleCount: number, needsBoth: readonly number[]) {
    for (const [word, list] of refs) {
      const h = cueHash(word);
      const entries = this.byHash.get(h) ?? [];
      entries.push({ word, refs: list });
      this.byHash.set(h, entries);
      this.filter[bucket(h)] = 1;
    }
    this.needsBoth = new Uint8Array(ruleCount);
    for (const r of needsBoth) this.needsBoth[r] = 1;
    this.queued = new Int32Array(ruleCount);
    this.seenCue = new Int32Array(ruleCount);
    this.seenAlso = new Int32Array(ruleCount);
  }

  /** Appends to `queue` every rule whose cues occur in `text[span]`, each once. */
  collect(text: string, span: Span, queue: number[]): void {
    // Stamps start at 1, so the arrays' initial zeros never match.
    const stamp = ++this.stamp;
    let h = 0;
    let prev = 0;
    let wordStart = -1;
    const end = span.end;
    for (let i = span.start; i < end; i++) {
      const code = text.charCodeAt(i);
      const c = code < 128 ? (LOWER[code] ?? 0) : 0;
      if (c !== 0) {
        if (wordStart < 0) {
          wordStart = i;
          h = 0;
        }
        prev = h;
        h = (Math.imul(h, 31) + c) | 0;
        continue;
      }
      if (wordStart >= 0) {
        this.word(h, prev, text, wordStart, i, queue, stamp);
        wordStart = -1;
      }
      // % $ ? € £ are cues of their own.
      if ((code === 37 || code === 36 || code === 63 || code === 0x20ac || code === 0xa3) && this.filter[bucket(code)] === 1) {
        this.add(code, text, i, 1, queue, stamp);
      }
    }
    if (wordStart >= 0) this.word(h, prev, text, wordStart, end, queue, stamp);
  }

  private word(h: number, prev: number, text: string, start: number, end: number, queue: number[], stamp: number): void {
    const len = end - start;
    if (this.filter[bucket(h)] === 1) this.add(h, text, start, len, queue, stamp);
    // "discounts" cues "discount".
    if (len > 3 && text.charCodeAt(end - 1) === 115 && this.filter[bucket(prev)] === 1) {
      this.add(prev, text, start, len - 1, queue, stamp);
    }
  }

  private add(hash: number, text: string, start: number, len: number, queue: number[], stamp: number): void {
    const entries = this.byHash.get(hash);
    if (!entries) return;
    for (const e of entries) {
      if (e.word.length !== len || !sameWord(text, start, e.word)) continue;
      for (const ref of e.refs) {
        const r = ref >> 1;
        if (this.queued[r] === stamp) continue;
        if (this.needsBoth[r] === 1) {
          if (ref & 1) this.seenAlso[r] = stamp;
          else this.seenCue[r] = stamp;
          if (this.seenCue[r] !== stamp || this.seenAlso[r] !== stamp) continue;
        }
        this.queued[r] = stamp;
        queue.push(r);
      }
    }
  }
}
