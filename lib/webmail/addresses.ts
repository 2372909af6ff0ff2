import type { Recipient } from './types.ts';

/**
 * Reading recipients out of the strings webmail shows: `Name <addr>`,
 * `"Last, First" <addr>`, a bare address, or a display name alone, and
 * comma- or semicolon-separated lists of those.
 */

const EMAIL = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/;
const ONLY_EMAIL = new RegExp(`^${EMAIL.source}$`);

export function isAddress(s: string): boolean {
  return ONLY_EMAIL.test(s.trim());
}

/** The first address inside `s`, if any. */
export function findAddress(s: string | null | undefined): string | null {
  const m = s ? EMAIL.exec(s) : null;
  return m ? m[0] : null;
}

function cleanName(s: string): string | null {
  let name = s.trim().replace(/^"(.*)"$/s, '$1').replace(/\\(.)/g, '$1').trim();
  name = name.replace(/^'(.*)'$/s, '$1').trim();
  return name === '' ? null : name;
}

/** One mailbox: `Name <addr>`, `<addr>`, `addr`, or a name alone. Null for an empty string. */
export function parseMailbox(input: string): Recipient | null {
  const s = input.trim();
  if (s === '') return null;
  const angle = /^(.*?)<([^<>]*)>\s*$/s.exec(s);
  if (angle) {
    const inner = (angle[2] ?? '').trim();
    const address = isAddress(inner) ? inner : findAddress(inner);
    return withoutEcho({ address, name: cleanName(angle[1] ?? '') });
  }
  if (isAddress(s)) return { address: s, name: null };
  // "Name (addr)" as some chips and tooltips show it.
  const paren = /^(.*?)\(([^()]*)\)\s*$/s.exec(s);
  if (paren && isAddress((paren[2] ?? '').trim())) {
    return withoutEcho({ address: (paren[2] ?? '').trim(), name: cleanName(paren[1] ?? '') });
  }
  return { address: null, name: cleanName(s) };
}

/** A name that only repeats the address is no name. */
export function withoutEcho(r: Recipient): Recipient {
  if (r.name && r.address && r.name.toLowerCase() === r.address.toLowerCase()) return { address: r.address, name: null };
  return r;
}

/** Splits on commas and semicolons outside quotes and angle brackets. */
export function splitAddressList(input: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input[i] ?? '';
    if (c === '\\' && quoted) {
      current += c + (input[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') angle++;
    else if (!quoted && c === '>') angle = Math.max(0, angle - 1);
    if (!quoted && angle === 0 && (c === ',' || c === ';')) {
      parts.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * A list as typed into a recipient field. Only entries with an address
 * count: a half-typed name is not a recipient yet.
 */
export function parseAddressList(input: string): Recipient[] {
  return splitAddressList(input)
    .map(parseMailbox)
    .filter((r): r is Recipient => r !== null && r.address !== null);
}

/** One entry per address (case-insensitive), keeping a name when any copy has one; name-only entries once per name. */
export function dedupeRecipients(list: readonly Recipient[]): Recipient[] {
  const out: Recipient[] = [];
  const byKey = new Map<string, Recipient>();
  for (const r of list) {
    const key = r.address ? `a:${r.address.toLowerCase()}` : r.name ? `n:${r.name.toLowerCase()}` : null;
    if (!key) continue;
    const prior = byKey.get(key);
    if (prior) {
      if (!prior.name && r.name) prior.name = r.name;
      continue;
    }
    const copy = { address: r.address, name: r.name };
    byKey.set(key, copy);
    out.push(copy);
  }
  return out;
}

/** The first address in one of `el`'s text nodes (each on its own: adjacent nodes must not run together). */
export function addressInText(el: Element): string | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const found = findAddress(node.nodeValue);
    if (found) return found;
  }
  return null;
}

/** The first address found in the attribute values of `el` or its descendants. */
export function addressInAttributes(el: Element): string | null {
  const elements = [el, ...Array.from(el.querySelectorAll('*'))];
  for (const e of elements) {
    for (const attr of Array.from(e.attributes)) {
      if (attr.name === 'style' || attr.name === 'class') continue;
      const found = findAddress(attr.value);
      if (found) return found;
    }
  }
  return null;
}
