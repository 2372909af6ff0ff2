/**
 * Literals a pattern cannot match without: read from the regular expression
 * itself, so rule data need not spell them out and cannot get them wrong.
 *
 * `requiredLiterals` answers with clauses that must all hold, each a list of
 * lowercase strings of which at least one occurs in any text the pattern
 * matches (the text the whole regex is run on: lookarounds included). The
 * analysis is conservative: whatever it does not understand (a class, a
 * backreference, an unusual escape) requires nothing, so a sentence lacking
 * a required literal can never match, and skipping the pattern there changes
 * no result.
 */

/** Most strings a node may stand for before it is treated as "anything". */
const MAX_FIXED = 48;

/** What a parsed node tells about the text it matches. */
interface Info {
  /** every string the node can match (lowercase), when few; null otherwise */
  fixed: string[] | null;
  /** clauses that all hold for the text the node matches (or looks around at) */
  cnf: string[][];
  /** `clausesOf` this node, once asked */
  clauses?: string[][];
}

const ANY: Readonly<Info> = { fixed: null, cnf: [], clauses: [] };
const EMPTY: Readonly<Info> = { fixed: [''], cnf: [], clauses: [] };

class Unsupported extends Error {}

/** A clause's strings without any that contains another (its presence implies the shorter one). */
function minimal(strings: readonly string[]): string[] {
  const unique = [...new Set(strings)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of unique) if (!out.some((t) => s.includes(t))) out.push(s);
  return out;
}

/**
 * How much a clause narrows: its weakest string's. Length stands for rarity,
 * and a symbol ("%", "$", "?") is rarer than any short word; an empty string
 * narrows nothing.
 */
function strength(clause: readonly string[]): number {
  let known = strengths.get(clause);
  if (known === undefined) {
    known = clause.length === 0 ? 0 : Infinity;
    for (const s of clause) known = Math.min(known, weight(s));
    strengths.set(clause, known);
  }
  return known;
}

const strengths = new WeakMap<readonly string[], number>();

function weight(s: string): number {
  if (s.length === 0) return 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const plain = (c >= 97 && c <= 122) || c === 32 || c === 39 || c === 45 || c === 9 || c === 10;
    if (!plain) return s.length + 3;
  }
  return s.length;
}

/** All clauses a node implies, its own fixed strings included. */
function clausesOf(info: Info): string[][] {
  if (info.clauses) return info.clauses;
  const out = [...info.cnf];
  if (info.fixed) {
    const own = minimal(info.fixed);
    if (strength(own) > 0) out.push(own);
  }
  info.clauses = out;
  return out;
}

/** The clause to stand for a node in a union: a selective one, then the one of fewest strings. */
function best(clauses: readonly string[][]): string[] | null {
  let pick: string[] | null = null;
  const rank = (c: readonly string[]) => (strength(c) >= 3 ? 1 : 0);
  for (const c of clauses) {
    if (!pick || rank(c) > rank(pick) || (rank(c) === rank(pick) && (c.length < pick.length || (c.length === pick.length && strength(c) > strength(pick))))) {
      pick = c;
    }
  }
  return pick;
}

function alternation(branches: readonly Info[]): Info {
  if (branches.length === 1) return branches[0] as Info;
  let fixed: string[] | null = [];
  for (const b of branches) {
    if (!b.fixed || !fixed) fixed = null;
    else fixed.push(...b.fixed);
  }
  if (fixed && new Set(fixed).size > MAX_FIXED) fixed = null;
  if (fixed) return { fixed: [...new Set(fixed)], cnf: [] };
  // One clause: the union of each branch's strongest clause.
  const union: string[] = [];
  for (const b of branches) {
    const c = best(clausesOf(b));
    if (!c) return ANY;
    union.push(...c);
  }
  return { fixed: null, cnf: [minimal(union)] };
}

function sequence(items: readonly Info[]): Info {
  const cnf: string[][] = [];
  let run: string[] = [''];
  const flush = () => {
    const own = minimal(run);
    if (strength(own) > 0) cnf.push(own);
  };
  let allFixed = true;
  for (const item of items) {
    cnf.push(...item.cnf);
    if (!item.fixed) {
      allFixed = false;
      flush();
      run = [''];
      continue;
    }
    // Zero-width items (\b, lookarounds, the `(?=)` of lean patterns) leave the run as it is.
    if (item.fixed.length === 1 && item.fixed[0] === '') continue;
    let unique: string[];
    if (run.length === 1 && run[0] === '') {
      unique = item.fixed;
    } else {
      const product = new Set<string>();
      for (const a of run) for (const b of item.fixed) product.add(a + b);
      unique = [...product];
    }
    if (unique.length <= MAX_FIXED) {
      run = unique;
    } else {
      allFixed = false;
      flush();
      run = [...item.fixed];
    }
  }
  if (allFixed) return { fixed: run, cnf };
  flush();
  return { fixed: null, cnf };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 0) {
    if (max === 1 && info.fixed && info.fixed.length < MAX_FIXED) return { fixed: [...new Set(['', ...info.fixed])], cnf: [] };
    return ANY;
  }
  if (min === 1 && max === 1) return info;
  return { fixed: null, cnf: clausesOf(info) };
}

/** What reading a group's text (after its "(") found; the same text always reads the same. */
const groups = new Map<string, Info>();

/** A recursive-descent reader of the regex syntax the rules use (no `u` or `v` flag). */
class Reader {
  private at = 0;
  constructor(private readonly src: string) {}

  /** The source's top-level alternatives, as written. */
  readonly tops: { source: string; info: Info }[] = [];

  parse(): Info {
    const info = this.disjunction(true);
    if (this.at !== this.src.length) throw new Unsupported(`unexpected ) at ${this.at}`);
    return info;
  }

  private disjunction(top = false): Info {
    const branches: Info[] = [];
    let from = this.at;
    for (;;) {
      const branch = this.alternative();
      branches.push(branch);
      if (top) this.tops.push({ source: this.src.slice(from, this.at), info: branch });
      if (this.src[this.at] !== '|') break;
      this.at++;
      from = this.at;
    }
    return alternation(branches);
  }

  private alternative(): Info {
    const items: Info[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return sequence(items);
  }

  private quantified(info: Info): Info {
    const rest = this.src.slice(this.at, this.at + 24);
    const q = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})(\??)/.exec(rest);
    if (!q) return info;
    this.at += q[0].length;
    if (q[1] === '?') return repeat(info, 0, 1);
    if (q[1] === '*') return repeat(info, 0, Infinity);
    if (q[1] === '+') return repeat(info, 1, Infinity);
    const min = Number(q[2]);
    const max = q[3] ? (q[4] ? Number(q[4]) : Infinity) : min;
    return repeat(info, min, max);
  }

  private atom(): Info {
    const c = this.src[this.at] as string;
    this.at++;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        this.skipClass();
        return ANY;
      case '\\':
        return this.escape();
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return ANY;
      case '*':
      case '+':
      case '?':
        throw new Unsupported(`nothing to repeat at ${this.at - 1}`);
      case '{':
      case '}':
      case ']':
        // Literal in Annex B syntax; not worth the risk of misreading.
        return ANY;
      default:
        // Only ASCII is read: /i without /u folds ASCII to ASCII alone, so
        // the lowercased sentence holds exactly what such a literal matched.
        return c.charCodeAt(0) < 128 ? { fixed: [c.toLowerCase()], cnf: [] } : ANY;
    }
  }

  private group(): Info {
    // Shared fragments (the vocabulary's macros) recur across patterns: read each once.
    const from = this.at;
    const end = this.groupEnd(from);
    const key = end > from + 24 ? this.src.slice(from, end) : null;
    const known = key === null ? undefined : groups.get(key);
    if (known) {
      this.at = end;
      return known;
    }
    const info = this.groupBody();
    if (key !== null && this.at === end) {
      if (groups.size > 5000) groups.clear();
      groups.set(key, info);
    }
    return info;
  }

  /** Where the group opened just before `from` closes (after its ")"), by bracket counting; -1 if never. */
  private groupEnd(from: number): number {
    let depth = 1;
    let inClass = false;
    for (let i = from; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '\\') {
        i++;
        continue;
      }
      if (inClass) {
        if (c === ']') inClass = false;
      } else if (c === '[') {
        inClass = true;
      } else if (c === '(') {
        depth++;
      } else if (c === ')' && --depth === 0) {
        return i + 1;
      }
    }
    return -1;
  }

  private groupBody(): Info {
    const head = /^\?(?:<([=!])|([=!:])|<[A-Za-z_$][\w$]*>)?/.exec(this.src.slice(this.at));
    let kind = 'capture';
    if (head && head[0].length > 0) {
      this.at += head[0].length;
      const look = head[1] ?? head[2];
      if (look === '=') kind = 'look';
      else if (look === '!') kind = 'negative';
      else if (head[0] === '?') throw new Unsupported(`unknown group at ${this.at}`);
    }
    const inner = this.disjunction();
    if (this.src[this.at] !== ')') throw new Unsupported(`unclosed group at ${this.at}`);
    this.at++;
    // A lookaround matches no text, but what it asserts is in the text all the same.
    if (kind === 'look') return { fixed: [''], cnf: clausesOf(inner) };
    if (kind === 'negative') return EMPTY;
    return inner;
  }

  private skipClass(): void {
    while (this.at < this.src.length) {
      const c = this.src[this.at];
      this.at += c === '\\' ? 2 : 1;
      if (c === ']') return;
    }
    throw new Unsupported('unclosed class');
  }

  private escape(): Info {
    const c = this.src[this.at];
    if (c === undefined) throw new Unsupported('trailing backslash');
    this.at++;
    if (c === 'b' || c === 'B') return EMPTY;
    if (c === 'k') {
      const name = /^<[A-Za-z_$][\w$]*>/.exec(this.src.slice(this.at));
      if (name) this.at += name[0].length;
      return ANY;
    }
    if (c === 'x' || c === 'u') {
      const hex = (c === 'x' ? /^[0-9a-fA-F]{2}/ : /^[0-9a-fA-F]{4}/).exec(this.src.slice(this.at));
      if (!hex) return ANY;
      this.at += hex[0].length;
      const code = parseInt(hex[0], 16);
      return code < 128 ? { fixed: [String.fromCharCode(code).toLowerCase()], cnf: [] } : ANY;
    }
    if (c === 'n') return { fixed: ['\n'], cnf: [] };
    if (c === 't') return { fixed: ['\t'], cnf: [] };
    // Escaped punctuation stands for itself; letters and digits are classes,
    // backreferences or Annex B oddities: anything.
    if (/\w/.test(c) || c.charCodeAt(0) >= 128) return ANY;
    return { fixed: [c], cnf: [] };
  }
}

/**
 * The clauses a pattern's matches imply, strongest first, without clauses
 * too weak to be worth checking (shorter than `minLength`). Empty when
 * nothing is known or the pattern cannot be read.
 */
export function requiredLiterals(source: string, minLength = 3): string[][] {
  try {
    const info = new Reader(source).parse();
    return prune(clausesOf(info), minLength);
  } catch (e) {
    if (e instanceof Unsupported) return [];
    throw e;
  }
}

function prune(clauses: readonly string[][], minLength: number): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const c of clauses) {
    const m = minimal(c);
    if (strength(m) < minLength) continue;
    const key = m.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out.sort((a, b) => strength(b) - strength(a) || a.length - b.length);
}

/**
 * A pattern's top-level alternatives, each with its required literals; null
 * when the pattern cannot be read. Splitting is exact only when no branch
 * refers to a group of another; callers check that.
 */
export function alternatives(source: string, minLength = 3): { source: string; need: string[][] }[] | null {
  try {
    const reader = new Reader(source);
    reader.parse();
    return reader.tops.map((t) => ({ source: t.source, need: prune(clausesOf(t.info), minLength) }));
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

const GRAM_BITS = 12;
const gramAt = (s: string, i: number) =>
  Math.imul(Math.imul(s.charCodeAt(i), 961) + Math.imul(s.charCodeAt(i + 1), 31) + s.charCodeAt(i + 2), 0x9e3779b1) >>> (32 - GRAM_BITS);

/**
 * Checks required literals against one sentence at a time, cheaply: the
 * sentence's three-character grams are set in a small bitset once, a literal
 * is looked for only when a few of its grams are there, and each clause is
 * decided once per sentence however many alternatives share it.
 */
export class LiteralGate {
  private readonly literals: string[] = [];
  private readonly literalIds = new Map<string, number>();
  /**
   * Per clause, four numbers a literal: three of its grams (first, middle,
   * last; -1 for a literal too short to have one) and its id. One flat array
   * a clause keeps the check a linear scan.
   */
  private readonly clauses: Int32Array[] = [];
  private readonly clauseIds = new Map<string, number>();
  private readonly grams = new Int32Array(1 << (GRAM_BITS - 5));
  private clauseStamp = new Int32Array(16);
  private clauseHolds = new Uint8Array(16);
  private stamp = 0;
  private sentence: string | undefined;
  private lower = '';

  /**
   * Interns a rule's clauses (each any-of lowercase strings) and returns
   * their ids for `holds`, cheapest first: a clause of one or two strings is
   * decided with a look or two, and usually fails first.
   */
  intern(need: readonly (readonly string[])[]): Int32Array {
    const ordered = [...need].sort((a, b) => a.length - b.length);
    return Int32Array.from(ordered, (clause) => {
      const strings = [...clause].sort((a, b) => b.length - a.length);
      const key = strings.join('\u0000');
      let id = this.clauseIds.get(key);
      if (id === undefined) {
        const data: number[] = [];
        for (const s of strings) {
          if (s.length < 3) data.push(-1, -1, -1, this.literal(s));
          else data.push(gramAt(s, 0), gramAt(s, (s.length - 3) >> 1), gramAt(s, s.length - 3), this.literal(s));
        }
        id = this.clauses.push(Int32Array.from(data)) - 1;
        this.clauseIds.set(key, id);
        if (id >= this.clauseStamp.length) {
          const stamps = new Int32Array(this.clauseStamp.length * 2);
          stamps.set(this.clauseStamp);
          this.clauseStamp = stamps;
          const holds = new Uint8Array(this.clauseHolds.length * 2);
          holds.set(this.clauseHolds);
          this.clauseHolds = holds;
        }
      }
      return id;
    });
  }

  private literal(s: string): number {
    let id = this.literalIds.get(s);
    if (id === undefined) {
      id = this.literals.push(s) - 1;
      this.literalIds.set(s, id);
    }
    return id;
  }

  /** Do all the clauses hold in `sentence`? */
  holds(sentence: string, need: Int32Array): boolean {
    if (need.length === 0) return true;
    if (sentence !== this.sentence) this.prepare(sentence);
    for (let k = 0; k < need.length; k++) {
      const c = need[k] as number;
      if (this.clauseStamp[c] !== this.stamp) {
        this.clauseStamp[c] = this.stamp;
        this.clauseHolds[c] = this.decide(this.clauses[c] as Int32Array) ? 1 : 0;
      }
      if (this.clauseHolds[c] === 0) return false;
    }
    return true;
  }

  /** Lets go of the last sentence (and the draft it is a slice of). */
  release(): void {
    this.sentence = undefined;
    this.lower = '';
  }

  private prepare(sentence: string): void {
    this.sentence = sentence;
    const lower = (this.lower = sentence.toLowerCase());
    // Clause stamps start at 1, so their initial zeros never match; on wrap-around, start afresh.
    if (++this.stamp === 0x7fffffff) {
      this.stamp = 1;
      this.clauseStamp.fill(0);
    }
    const grams = this.grams;
    grams.fill(0);
    for (let i = 0; i + 3 <= lower.length; i++) {
      const g = gramAt(lower, i);
      grams[g >>> 5] = (grams[g >>> 5] as number) | (1 << (g & 31));
    }
  }

  private decide(data: Int32Array): boolean {
    const grams = this.grams;
    for (let k = 0; k < data.length; k += 4) {
      const a = data[k] as number;
      if (a >= 0) {
        if (((grams[a >>> 5] as number) & (1 << (a & 31))) === 0) continue;
        const b = data[k + 1] as number;
        if (((grams[b >>> 5] as number) & (1 << (b & 31))) === 0) continue;
        const c = data[k + 2] as number;
        if (((grams[c >>> 5] as number) & (1 << (c & 31))) === 0) continue;
      }
      if (this.lower.includes(this.literals[data[k + 3] as number] as string)) return true;
    }
    return false;
  }
}
