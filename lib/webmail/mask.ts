import type { MissReporter, SelectorMiss, WebmailHost } from './types.ts';
import { isElement } from './dom.ts';

/**
 * What Quid may log when a selector stops matching: the shape of the page,
 * never its content. Every text node becomes its length, every attribute
 * value its length; only tag names, attribute names and the structural
 * hooks (id, class, role) are shown, and those only when they look like
 * identifiers. Inside an editable region (the draft) ids and classes are
 * masked too, except the markers hosts put on quotes and signatures.
 */

export interface MaskOptions {
  /** Elements listed at most (the rest is counted). */
  maxNodes?: number;
  /** Deeper levels are counted, not listed. */
  maxDepth?: number;
}

const SAFE_TOKEN = /^[A-Za-z_:][\w:.-]{0,47}$/;
const SAFE_ROLE = /^[a-z]{1,30}$/;
// Host markers that carry no draft content and tell where quotes and signatures sit.
const DRAFT_MARKERS = new Set([
  'gmail_quote', 'gmail_attr', 'gmail_extra', 'gmail_signature', 'gmail_signature_prefix', 'elementToProof',
  'divRplyFwdMsg', 'appendonsend', 'Signature', 'mail-editor-reference-message-container',
]);

function token(value: string, inDraft: boolean): string {
  if (inDraft) return DRAFT_MARKERS.has(value) ? value : `(${value.length})`;
  return SAFE_TOKEN.test(value) && !value.includes('@') ? value : `(${value.length})`;
}

function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return (ce !== null && ce !== 'false') || el.getAttribute('g_editable') === 'true';
}

/** One element as `tag#id.class[role=…] name=(length) …`. */
function describe(el: Element, inDraft: boolean): string {
  let line = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  if (id) line += `#${token(id, inDraft)}`;
  for (const cls of Array.from(el.classList)) line += `.${token(cls, inDraft)}`;
  const role = el.getAttribute('role');
  if (role !== null) line += `[role=${SAFE_ROLE.test(role) ? role : `(${role.length})`}]`;
  const rest = Array.from(el.attributes)
    .filter((a) => a.name !== 'id' && a.name !== 'class' && a.name !== 'role')
    .map((a) => `${SAFE_TOKEN.test(a.name) ? a.name : `(${a.name.length})`}=(${a.value.length})`);
  if (rest.length > 0) line += ` ${rest.join(' ')}`;
  return line;
}

/**
 * An indented outline of `el`'s subtree, preceded by the chain of its
 * ancestors, with every text node and attribute value replaced by its length.
 */
export function maskedStructure(el: Element, options: MaskOptions = {}): string {
  const maxNodes = options.maxNodes ?? 1500;
  const maxDepth = options.maxDepth ?? 40;
  const lines: string[] = [];
  try {
    const chain: Element[] = [];
    for (let a = el.parentElement; a; a = a.parentElement) chain.unshift(a);
    let draftAbove = false;
    const ancestors = chain.map((a) => {
      const described = describe(a, draftAbove).split(' ')[0] ?? '';
      if (isEditable(a)) draftAbove = true;
      return described;
    });
    if (ancestors.length > 0) lines.push(`in: ${ancestors.join(' > ')}`);

    let listed = 0;
    let omitted = 0;
    const visit = (node: Node, depth: number, inDraft: boolean): void => {
      if (node.nodeType === 3) {
        const text = node.nodeValue ?? '';
        if (text.trim() === '') return;
        if (listed >= maxNodes || depth > maxDepth) {
          omitted++;
          return;
        }
        listed++;
        lines.push(`${'  '.repeat(depth)}#text(${text.length})`);
        return;
      }
      if (!isElement(node)) return;
      if (listed >= maxNodes || depth > maxDepth) {
        omitted += 1 + node.getElementsByTagName('*').length;
        return;
      }
      listed++;
      const draft = inDraft || isEditable(node);
      lines.push(`${'  '.repeat(depth)}${describe(node, inDraft)}`);
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child, depth + 1, draft);
    };
    visit(el, 0, draftAbove);
    if (omitted > 0) lines.push(`… ${omitted} more nodes`);
  } catch {
    lines.push('(structure unavailable)');
  }
  return lines.join('\n');
}

const defaultReport: MissReporter = (miss) => {
  console.debug(`[quid] ${miss.host}: no match for "${miss.what}"; masked structure follows\n${miss.structure}`);
};

/**
 * A reporter that passes on each `what` once: a layout change logs one line
 * per selector, not one per keystroke, and the structure is only computed
 * when it is reported.
 */
export function onceReporter(host: WebmailHost, report: MissReporter = defaultReport): (what: string, where: Element) => void {
  const reported = new Set<string>();
  return (what, where) => {
    if (reported.has(what)) return;
    reported.add(what);
    try {
      const miss: SelectorMiss = { host, what, structure: maskedStructure(where) };
      report(miss);
    } catch {
      // diagnostics must never break the page
    }
  };
}
