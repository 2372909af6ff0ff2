/**
 * Querying someone else's DOM without ever throwing: a selector the browser
 * rejects counts as no match, and every lookup runs one alternative after
 * the other. Host knowledge stays in the host files; this file knows none.
 */

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

function selectAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The first element matched by the first alternative that matches anything. */
export function queryFirst(scope: ParentNode, alternatives: readonly string[]): HTMLElement | null {
  for (const selector of alternatives) {
    try {
      const found = scope.querySelector(selector);
      if (found) return found as HTMLElement;
    } catch {
      // an unsupported selector is a miss, not an error
    }
  }
  return null;
}

/** Every element matched by the first alternative that matches anything. */
export function queryAllFirst(scope: ParentNode, alternatives: readonly string[]): HTMLElement[] {
  for (const selector of alternatives) {
    const found = selectAll(scope, selector);
    if (found.length > 0) return found as HTMLElement[];
  }
  return [];
}

/** Every element matched by any alternative (and `scope` itself when it matches), once each, in document order. */
export function queryUnion(scope: ParentNode, alternatives: readonly string[]): HTMLElement[] {
  const seen = new Set<Element>();
  if (isElement(scope) && alternatives.some((s) => matches(scope, s))) seen.add(scope);
  for (const selector of alternatives) for (const el of selectAll(scope, selector)) seen.add(el);
  return sortInDocumentOrder([...seen]) as HTMLElement[];
}

/** The nearest ancestor-or-self matched by the first alternative that matches one. */
export function closestOf(el: Element, alternatives: readonly string[]): HTMLElement | null {
  for (const selector of alternatives) {
    try {
      const found = el.closest(selector);
      if (found) return found as HTMLElement;
    } catch {
      // unsupported selector: try the next one
    }
  }
  return null;
}

export function matchesAny(el: Element, alternatives: readonly string[]): boolean {
  return alternatives.some((s) => matches(el, s));
}

export function sortInDocumentOrder<T extends Node>(nodes: T[]): T[] {
  return nodes.sort((a, b) => {
    if (a === b) return 0;
    // DOCUMENT_POSITION_FOLLOWING (4): b comes after a.
    return a.compareDocumentPosition(b) & 4 ? -1 : 1;
  });
}

/** Drops every element that contains another one of the list (keeps the innermost). */
export function innermost<T extends Element>(elements: readonly T[]): T[] {
  return elements.filter((el) => !elements.some((other) => other !== el && el.contains(other)));
}

/** Drops every element contained in another one of the list (keeps the outermost). */
export function outermost<T extends Element>(elements: readonly T[]): T[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** Replaces `{field}` in each alternative. */
export function forField(alternatives: readonly string[], field: string): string[] {
  return alternatives.map((s) => s.replaceAll('{field}', field));
}

/** The current value of a form field (the property, which typing changes, not the attribute). */
export function fieldValue(el: Element | null): string {
  if (!el) return '';
  const value = (el as HTMLInputElement).value;
  return typeof value === 'string' ? value : (el.getAttribute('value') ?? '');
}

/** Runs `fn`, turning any exception into `fallback`: a handle must never throw into the page. */
export function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
