/**
 * The text of an editor's DOM the way a reader sees it: block elements and
 * `<br>` become line breaks, runs of white space collapse, hidden elements
 * and what the host marks as quoted history or signature are left out. The
 * host adapter decides what to leave out; this walker knows no host.
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

export function readableText(root: Element, classify: (el: Element) => Region): string {
  let out = '';
  let stopped = false;
  let preDepth = 0;

  const newline = () => {
    if (out.length > 0 && !out.endsWith('\n')) out += '\n';
  };

  const walk = (node: Node): void => {
    if (stopped) return;
    if (node.nodeType === 3) {
      const data = node.nodeValue ?? '';
      let chunk = preDepth > 0 ? data : data.replace(/[ \t\r\n\f]+/g, ' ');
      if (preDepth === 0 && (out.length === 0 || out.endsWith('\n') || out.endsWith(' ')) && chunk.startsWith(' ')) {
        chunk = chunk.slice(1);
      }
      out += chunk.replace(/\u00a0/g, ' ');
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
        out = out.replace(DELIMITER_LINE, (m) => (m.startsWith('\n') ? '\n' : ''));
        return;
      }
    }
    if (tag === 'BR') {
      out += '\n';
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
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
}
