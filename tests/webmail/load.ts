import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A dated webmail fixture (tests/fixtures/webmail/<host>-<yyyy-mm>-<state>.html) parsed into its own document. */
export function loadFixture(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/webmail', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

export function keydown(target: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

export function click(target: Element): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}
