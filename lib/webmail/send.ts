import type { SendAttempt, SendTrigger } from './types.ts';
import { isElement } from './dom.ts';

/**
 * The DOM layer of send detection, as InboxSDK's "presending" does it:
 * capture-phase listeners on the compose for a click on Send, Enter or Space
 * on the focused Send button, and Ctrl/⌘+Enter anywhere in the compose.
 * Nothing is prevented, stopped or awaited; the host's own handlers run as
 * if Quid were not there.
 */

export interface ObserveSendOptions {
  /** The Send buttons (Send, Send & Archive), looked up when an event arrives: hosts re-render them. */
  sendButtons: () => readonly Element[];
  /** Events closer together than this count as one send (Enter on a `<button>` also clicks it). */
  dedupeMs?: number;
  /** A callback that throws is reported here and never reaches the page. */
  onError?: (error: unknown) => void;
}

const ENTER = new Set(['Enter', 'NumpadEnter']);
const SPACE = new Set([' ', 'Spacebar']);

/** The control the event landed on, if it is (inside) one of the Send buttons and usable. */
function sendButtonHit(target: EventTarget | null, buttons: readonly Element[]): boolean {
  if (!isElement(target)) return false;
  for (const button of buttons) {
    if (!button.contains(target)) continue;
    // A split button's menu half (schedule send, more options) is not Send.
    for (let el: Element | null = target; el && el !== button.parentElement; el = el.parentElement) {
      const popup = el.getAttribute('aria-haspopup');
      if (popup && popup !== 'false') return false;
      if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') return false;
    }
    return true;
  }
  return false;
}

function isEnter(e: KeyboardEvent): boolean {
  return ENTER.has(e.key) || e.keyCode === 13;
}

function isSpace(e: KeyboardEvent): boolean {
  return SPACE.has(e.key) || e.keyCode === 32;
}

export function observeSend(
  root: EventTarget,
  callback: (attempt: SendAttempt) => void,
  options: ObserveSendOptions,
): () => void {
  const dedupeMs = options.dedupeMs ?? 1000;
  let last = -Infinity;
  let active = true;

  const fire = (trigger: SendTrigger, event: Event) => {
    const now = Number.isFinite(event.timeStamp) && event.timeStamp > 0 ? event.timeStamp : Date.now();
    if (now - last < dedupeMs && now >= last) return;
    last = now;
    try {
      callback({ trigger });
    } catch (error) {
      options.onError?.(error);
    }
  };

  const onClick = (event: Event) => {
    if (!active) return;
    try {
      if (sendButtonHit(event.target, options.sendButtons())) fire('click', event);
    } catch (error) {
      options.onError?.(error);
    }
  };

  const onKeydown = (event: Event) => {
    if (!active) return;
    const e = event as KeyboardEvent;
    try {
      if (e.repeat || e.isComposing) return;
      if (isEnter(e) && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
        fire('shortcut', event);
        return;
      }
      if ((isEnter(e) || isSpace(e)) && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey) {
        if (sendButtonHit(e.target, options.sendButtons())) fire('key', event);
      }
    } catch (error) {
      options.onError?.(error);
    }
  };

  root.addEventListener('click', onClick, true);
  root.addEventListener('keydown', onKeydown, true);
  return () => {
    if (!active) return;
    active = false;
    root.removeEventListener('click', onClick, true);
    root.removeEventListener('keydown', onKeydown, true);
  };
}
