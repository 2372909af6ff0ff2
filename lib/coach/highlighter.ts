/**
 * Give sentences highlighted with the CSS Custom Highlight API: the ranges
 * live in the browser's highlight registry, never in the editor's DOM, so
 * nothing of Quid can reach the sent mail. Where the API is missing there is
 * no highlight at all (an overlay would be a second source of bugs).
 *
 * One `Highlight` serves every compose of the page; each compose (`owner`)
 * replaces its own ranges.
 */

export const HIGHLIGHT_NAME = 'quid-give';

export interface Highlighter {
  set(owner: object, ranges: readonly Range[]): void;
  clear(owner: object): void;
  dispose(): void;
}

interface HighlightLike {
  add(range: Range): unknown;
  delete(range: Range): unknown;
  clear(): void;
}
interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  get(name: string): unknown;
  delete(name: string): unknown;
}
type HighlightCtor = new (...ranges: Range[]) => HighlightLike;

/** The registry and constructor, when this browser has the API. */
function api(win: Window): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && typeof Highlight === 'function' ? { registry: css.highlights, Highlight } : null;
}

// The page's document styles the highlight: `::highlight()` applies where the text is, outside Quid's shadow root.
const STYLE = `::highlight(${HIGHLIGHT_NAME}){background-color:rgb(251 146 60 / 0.28);text-decoration:underline wavy rgb(234 88 12 / 0.9);text-decoration-thickness:1px;}`;

export function createHighlighter(doc: Document): Highlighter | null {
  const win = doc.defaultView;
  const found = win ? api(win) : null;
  if (!found) return null;
  const { registry, Highlight } = found;
  const highlight = new Highlight();
  const byOwner = new Map<object, readonly Range[]>();
  let style: HTMLStyleElement | null = null;
  let registered = false;

  const ensure = () => {
    if (!style || !style.isConnected) {
      style = doc.createElement('style');
      style.textContent = STYLE;
      (doc.head ?? doc.documentElement).append(style);
    }
    // Someone else's script may have cleared the registry.
    if (!registered || registry.get(HIGHLIGHT_NAME) !== highlight) {
      registry.set(HIGHLIGHT_NAME, highlight);
      registered = true;
    }
  };

  return {
    set(owner, ranges) {
      for (const r of byOwner.get(owner) ?? []) highlight.delete(r);
      if (ranges.length === 0) {
        byOwner.delete(owner);
        return;
      }
      ensure();
      byOwner.set(owner, ranges);
      for (const r of ranges) highlight.add(r);
    },
    clear(owner) {
      for (const r of byOwner.get(owner) ?? []) highlight.delete(r);
      byOwner.delete(owner);
    },
    dispose() {
      highlight.clear();
      byOwner.clear();
      if (registry.get(HIGHLIGHT_NAME) === highlight) registry.delete(HIGHLIGHT_NAME);
      style?.remove();
      style = null;
      registered = false;
    },
  };
}
