/**
 * The rep's own text of a compose body together with where each of its
 * characters sits in the DOM, so that an offset the engine reports (a give's
 * sentence, the end of the rep's text) becomes a DOM Range for a highlight or
 * an insertion point.
 *
 * The walk repeats lib/webmail/text.ts (`readableText`) step for step; the
 * caller checks `text` against the adapter's `ownText()` and uses the map
 * only when the two agree, so a drift between the two walkers costs the
 * highlight, never a wrong one (tests/coach/text-map.test.ts pins them
 * together on every fixture).
 */
import { GMAIL } from '../webmail/gmail.ts';
import { OUTLOOK } from '../webmail/outlook.ts';
import type { Region } from '../webmail/text.ts';
import type { WebmailHost } from '../webmail/types.ts';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'svg', 'SVG', 'OBJECT', 'IFRAME', 'TEXTAREA', 'SELECT']);
const DELIMITER_LINE = /(?:^|\n)--[ \u00a0]?\n?$/;

/** The white space `readableText` collapses: space, tab, CR, LF, form feed (not the no-break space). */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*display\s*:\s*none\b/i.test(style);
}

function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });
}

/** The regions of a body as each host's adapter classifies them (same tables, same order). */
export const CLASSIFY: Readonly<Record<WebmailHost, (el: Element) => Region>> = {
  gmail: (el) => {
    if (matchesAny(el, GMAIL.bodySignature)) return 'signature';
    if (matchesAny(el, GMAIL.bodyQuote)) return 'skip';
    return 'read';
  },
  outlook: (el) => {
    if (matchesAny(el, OUTLOOK.bodyHistory)) return 'stop';
    if (matchesAny(el, OUTLOOK.bodySignature)) {
      const history = OUTLOOK.bodyHistory.some((s) => {
        try {
          return el.querySelector(s) !== null;
        } catch {
          return false;
        }
      });
      return history ? 'stop' : 'signature';
    }
    if (matchesAny(el, OUTLOOK.bodyQuote)) return 'skip';
    return 'read';
  },
};

export interface TextMap {
  text: string;
  /** The text node each character comes from; null for a line break Quid added at a block edge or `<br>`. */
  nodes: (Text | null)[];
  /** The character's offset in its text node. */
  offsets: number[];
}

export function mapText(root: Element, classify: (el: Element) => Region): TextMap {
  let out = '';
  const nodes: (Text | null)[] = [];
  const offsets: number[] = [];
  let stopped = false;
  let preDepth = 0;

  const push = (ch: string, node: Text | null, offset: number) => {
    out += ch;
    nodes.push(node);
    offsets.push(offset);
  };
  const truncate = (length: number) => {
    out = out.slice(0, length);
    nodes.length = length;
    offsets.length = length;
  };
  const newline = () => {
    if (out.length > 0 && !out.endsWith('\n')) push('\n', null, 0);
  };

  const text = (node: Text) => {
    const data = node.nodeValue ?? '';
    if (preDepth > 0) {
      for (let i = 0; i < data.length; i++) push(data[i] === '\u00a0' ? ' ' : (data[i] as string), node, i);
      return;
    }
    // Each run of white space becomes one space; a run opening the node goes after a line start or a space.
    const dropLeading = out.length === 0 || out.endsWith('\n') || out.endsWith(' ');
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
        const m = DELIMITER_LINE.exec(out);
        if (m) truncate(m.index + (m[0].startsWith('\n') ? 1 : 0));
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
  return finish(out, nodes, offsets);
}

/** Trailing blanks of each line and leading and trailing line breaks go, as in `readableText`. */
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

/** The DOM position just before character `index`, or null when no character from there on comes from a text node. */
export function positionBefore(map: TextMap, index: number): { node: Text; offset: number } | null {
  for (let i = Math.max(0, index); i < map.nodes.length; i++) {
    const node = map.nodes[i];
    if (node) return { node, offset: map.offsets[i] ?? 0 };
  }
  return null;
}

/** The DOM position just after character `index - 1` (the end of a half-open span), or null when none before it comes from a text node. */
export function positionAfter(map: TextMap, end: number): { node: Text; offset: number } | null {
  for (let i = Math.min(end, map.nodes.length) - 1; i >= 0; i--) {
    const node = map.nodes[i];
    if (node) return { node, offset: (map.offsets[i] ?? 0) + 1 };
  }
  return null;
}

/** A Range over [start, end) of the mapped text, or null when the span has no characters from the DOM. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (end <= start) return null;
  const from = positionBefore(map, start);
  const to = positionAfter(map, end);
  if (!from || !to) return null;
  const doc = from.node.ownerDocument;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}
