/**
 * The rep's own text of a compose body together with where each of its
 * characters sits in the DOM, so that an offset the engine reports (a give's
 * sentence, the end of the rep's text) becomes a DOM Range for a highlight or
 * an insertion point.
 *
 * The walk is the adapters' own (lib/webmail/text.ts `mapText`, of which
 * `readableText` is the text); the caller still checks `text` against the
 * adapter's `ownText()` and uses the map only when the two agree.
 */
import { classifyGmailBody } from '../webmail/gmail.ts';
import { classifyOutlookBody } from '../webmail/outlook.ts';
import type { Region, TextMap } from '../webmail/text.ts';
import type { WebmailHost } from '../webmail/types.ts';

export { mapText, type TextMap } from '../webmail/text.ts';

/** The regions of a body as each host's adapter classifies them: the adapters' own classifiers. */
export const CLASSIFY: Readonly<Record<WebmailHost, (el: Element) => Region>> = {
  gmail: classifyGmailBody,
  outlook: classifyOutlookBody,
};

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
