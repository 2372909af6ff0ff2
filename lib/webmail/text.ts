/**
 * The text of an editor's DOM the way a reader sees it: block elements and
 * `<br>` become line breaks, runs of white space collapse, hidden elements
 * and what the host marks as quoted history or signature are left out. The
 * host adapter decides what to leave out; this walker knows no host. It also
 * records where each character sits in the DOM, so an offset the engine
 * reports can become a Range (lib/coach/text-map.ts).
 */

/**
 * What to do with an element: read it, `skip` it (quoted part), skip it as
 * the `signature` (also dropping a "-- " delimiter line right before it),
 * or `stop` (it and everything after it is history).
 */
export type Region = 'read' | 'skip' | 'signature' | 'stop';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'svg', 'SVG', 'OBJECT', 'IFRAME', 'TEXTAREA', 'SELECT']);

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*display\s*:\s*none\b/i.test(style);
}

const DELIMITER_LINE = /(?:^|\n)--[ \u00a0]?\n?$/;

/** The white space `readableText` collapses: space, tab, CR, LF, form feed (not the no-break space). */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

export interface TextMap {
  text: string;
  /** The text node each character comes from; null for a line break Quid added at a block edge or `<br>`. */
  nodes: (Text | null)[];
  /** The character's offset in its text node. */
  offsets: number[];
}

export function mapText(root: Element, classify: (el: Element) => Region): TextMap {
  // One character per entry, joined once at the end: asking a growing string
  // for endsWith() at every block flattens it, quadratic on a long draft.
  const out: string[] = [];
  const nodes: (Text | null)[] = [];
  const offsets: number[] = [];
  let stopped = false;
  let preDepth = 0;

  const push = (ch: string, node: Text | null, offset: number) => {
    out.push(ch);
    nodes.push(node);
    offsets.push(offset);
  };
  const truncate = (length: number) => {
    out.length = length;
    nodes.length = length;
    offsets.length = length;
  };
  const lastChar = () => out[out.length - 1];
  const newline = () => {
    if (out.length > 0 && lastChar() !== '\n') push('\n', null, 0);
  };

  const text = (node: Text) => {
    const data = node.nodeValue ?? '';
    if (preDepth > 0) {
      for (let i = 0; i < data.length; i++) push(data[i] === '\u00a0' ? ' ' : (data[i] as string), node, i);
      return;
    }
    // Each run of white space becomes one space; a run opening the node goes after a line start or a space.
    const dropLeading = out.length === 0 || lastChar() === '\n' || lastChar() === ' ';
    let i = 0;
    while (i < data.length) {
      if (isBlank(data.charCodeAt(i))) {
        const start = i;
        while (i < data.length && isBlank(data.charCodeAt(i))) i++;
        if (!(start === 0 && dropLeading)) push(' ', node, start);
        continue;
      }
      const ch = data[i] as string;
      push(ch === '\u00a0' ? ' ' : ch, node, i);
      i++;
    }
  };

  const walk = (node: Node): void => {
    if (stopped) return;
    if (node.nodeType === 3) {
      text(node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (NEVER_TEXT.has(tag) || isHidden(el)) return;
    if (node !== root) {
      const region = classify(el);
      if (region === 'stop') {
        stopped = true;
        return;
      }
      if (region === 'skip') return;
      if (region === 'signature') {
        // The delimiter is at most "\n-- \n": only the tail needs reading.
        const from = Math.max(0, out.length - 5);
        const tail = (from > 0 ? '\u0000' : '') + out.slice(from).join('');
        const m = DELIMITER_LINE.exec(tail);
        if (m) truncate(from - (from > 0 ? 1 : 0) + m.index + (m[0].startsWith('\n') ? 1 : 0));
        return;
      }
    }
    if (tag === 'BR') {
      push('\n', null, 0);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) newline();
    if (tag === 'PRE') preDepth++;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (tag === 'PRE') preDepth--;
    if (block) newline();
  };

  walk(root);
  return finish(out.join(''), nodes, offsets);
}

/** Trailing blanks of each line and leading and trailing line breaks go. */
function finish(out: string, nodes: (Text | null)[], offsets: number[]): TextMap {
  const keep: number[] = [];
  let lineStart = 0;
  for (let i = 0; i <= out.length; i++) {
    if (i === out.length || out[i] === '\n') {
      let end = i;
      while (end > lineStart && (out[end - 1] === ' ' || out[end - 1] === '\t')) end--;
      for (let j = lineStart; j < end; j++) keep.push(j);
      if (i < out.length) keep.push(i);
      lineStart = i + 1;
    }
  }
  let first = 0;
  while (first < keep.length && out[keep[first] as number] === '\n') first++;
  let last = keep.length;
  while (last > first && out[keep[last - 1] as number] === '\n') last--;
  const kept = keep.slice(first, last);
  return {
    text: kept.map((i) => out[i]).join(''),
    nodes: kept.map((i) => nodes[i] ?? null),
    offsets: kept.map((i) => offsets[i] ?? 0),
  };
}

const BLANK_RUN = /[ \t\n\r\f]+/g;
const NBSP = /\u00a0/g;

/**
 * The rep's text alone, as the adapters report it: `mapText(…).text`, read
 * without recording where each character sits. The analysis reads it on
 * every pause in typing; on a pasted 1 MB document the per-character map
 * cost the page hundreds of milliseconds that the text alone does not.
 */
export function readableText(root: Element, classify: (el: Element) => Region): string {
  const out: string[] = [];
  let length = 0;
  let last = '';
  let stopped = false;
  let preDepth = 0;

  const push = (s: string) => {
    if (s.length === 0) return;
    out.push(s);
    length += s.length;
    last = s[s.length - 1] as string;
  };
  const newline = () => {
    if (length > 0 && last !== '\n') push('\n');
  };

  const text = (node: Text) => {
    const data = node.nodeValue ?? '';
    if (preDepth > 0) {
      push(data.replace(NBSP, ' '));
      return;
    }
    let s = data.replace(BLANK_RUN, ' ');
    if (s.charCodeAt(0) === 32 && (length === 0 || last === '\n' || last === ' ')) s = s.slice(1);
    push(s.replace(NBSP, ' '));
  };

  const walk = (node: Node): void => {
    if (stopped) return;
    if (node.nodeType === 3) {
      text(node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (NEVER_TEXT.has(tag) || isHidden(el)) return;
    if (node !== root) {
      const region = classify(el);
      if (region === 'stop') {
        stopped = true;
        return;
      }
      if (region === 'skip') return;
      if (region === 'signature') {
        const all = out.join('');
        const from = Math.max(0, all.length - 5);
        const m = DELIMITER_LINE.exec((from > 0 ? '\u0000' : '') + all.slice(from));
        out.length = 0;
        length = 0;
        last = '';
        push(m ? all.slice(0, from - (from > 0 ? 1 : 0) + m.index + (m[0].startsWith('\n') ? 1 : 0)) : all);
        return;
      }
    }
    if (tag === 'BR') {
      push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) newline();
    if (tag === 'PRE') preDepth++;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (tag === 'PRE') preDepth--;
    if (block) newline();
  };

  walk(root);
  // As `finish`: trailing blanks of each line go, then leading and trailing line breaks.
  const lines = out.join('').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
    if (end < line.length) lines[i] = line.slice(0, end);
  }
  let first = 0;
  while (first < lines.length - 1 && lines[first] === '') first++;
  let stop = lines.length;
  while (stop > first + 1 && lines[stop - 1] === '') stop--;
  return lines.slice(first, stop).join('\n');
}
