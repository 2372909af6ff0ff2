import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAME, createHighlighter } from '../../lib/coach/highlighter.ts';

/** A document whose window has a stand-in for the CSS Custom Highlight API (happy-dom has none). */
function withApi() {
  const registry = new Map<string, Set<Range>>();
  class Highlight extends Set<Range> {
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  const doc = document.implementation.createHTMLDocument('t');
  Object.defineProperty(doc, 'defaultView', { value: { CSS: { highlights: registry }, Highlight } });
  return { doc, registry };
}

describe('createHighlighter', () => {
  it('is absent where the browser has no highlight API (then nothing is highlighted)', () => {
    const doc = document.implementation.createHTMLDocument('t');
    Object.defineProperty(doc, 'defaultView', { value: {} });
    expect(createHighlighter(doc)).toBeNull();
  });

  it("keeps each compose's ranges apart in one shared highlight, styled from the page's head", () => {
    const { doc, registry } = withApi();
    const h = createHighlighter(doc);
    if (!h) throw new Error('expected a highlighter');
    const [a1, a2, b1] = [doc.createRange(), doc.createRange(), doc.createRange()];
    const a = {};
    const b = {};
    h.set(a, [a1, a2]);
    h.set(b, [b1]);
    expect([...(registry.get(HIGHLIGHT_NAME) ?? [])]).toEqual([a1, a2, b1]);
    expect(doc.head.querySelector('style')?.textContent).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    h.set(a, [a2]);
    expect([...(registry.get(HIGHLIGHT_NAME) ?? [])]).toEqual([b1, a2]);
    h.clear(b);
    expect([...(registry.get(HIGHLIGHT_NAME) ?? [])]).toEqual([a2]);
    h.dispose();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
    expect(doc.head.querySelector('style')).toBeNull();
  });

  it('re-registers when the page cleared the registry', () => {
    const { doc, registry } = withApi();
    const h = createHighlighter(doc);
    h?.set({}, [doc.createRange()]);
    registry.clear();
    h?.set({}, [doc.createRange()]);
    expect(registry.get(HIGHLIGHT_NAME)?.size).toBe(2);
  });
});
