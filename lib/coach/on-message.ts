/**
 * The background's answer to the content script's messages. A message's
 * rights depend on who sent it: only this extension's own content script,
 * running in a tab on a webmail host, may report a sent draft, and only for
 * the host it runs on. Everything else is dropped with a reason.
 */
import type { Browser } from 'wxt/browser';
import { hostFor } from '../webmail/detect.ts';
import { DRAFT_SENT, isQuidMessage, parseDraftSent, type DraftSentMessage, type QuidResponse } from '../messages.ts';

export interface MessageHandlerOptions {
  /** This extension's id (`browser.runtime.id`). */
  runtimeId: string;
  /** Where an accepted sent draft goes. */
  record: (message: DraftSentMessage) => Promise<void>;
}

type Sender = Browser.runtime.MessageSender;

/** Why a sender may not report a send, or null when it may. */
export function senderProblem(sender: Sender, runtimeId: string, host: string): string | null {
  if (sender.id !== runtimeId) return 'sender: not this extension';
  if (!sender.tab) return 'sender: not a content script in a tab';
  let hostname: string;
  try {
    hostname = new URL(sender.url ?? sender.tab.url ?? '').hostname;
  } catch {
    return 'sender: no page URL';
  }
  if (hostFor(hostname) !== host) return 'sender: page is not the webmail host named in the message';
  return null;
}

/**
 * A `runtime.onMessage` listener. It answers through `sendResponse` (and
 * returns true to keep the channel open while the store writes), the form
 * every browser and WXT's fake browser understand. Messages outside Quid's
 * protocol are left to other listeners.
 */
export function createMessageHandler(options: MessageHandlerOptions) {
  return (message: unknown, sender: Sender, sendResponse: (response: QuidResponse) => void): boolean => {
    if (!isQuidMessage(message)) return false;
    const reject = (error: string) => {
      console.debug(`[quid] message rejected: ${error}`);
      sendResponse({ ok: false, error });
      return false;
    };
    if (message.type !== DRAFT_SENT) return reject(`type: unknown ${message.type.slice(0, 40)}`);
    const parsed = parseDraftSent(message);
    if (!parsed.ok) return reject(parsed.error);
    const problem = senderProblem(sender, options.runtimeId, parsed.value.host);
    if (problem) return reject(problem);
    options.record(parsed.value).then(
      () => sendResponse({ ok: true }),
      () => sendResponse({ ok: false, error: 'store: write failed' }),
    );
    return true;
  };
}
