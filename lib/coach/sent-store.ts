/**
 * The minimal store of sent drafts, until the ledger (issue 4) gives them a
 * Dexie database: one array in the extension's own `storage.local` (never
 * the webmail page's origin), newest last, capped so it cannot grow without
 * bound. Only the background writes it.
 */
import { browser } from 'wxt/browser';
import type { DraftSentMessage } from '../messages.ts';

export const SENT_KEY = 'quid:sent';
export const SENT_CAP = 500;

export type SentRecord = Omit<DraftSentMessage, 'type'>;

export async function readSent(): Promise<SentRecord[]> {
  const stored = (await browser.storage.local.get(SENT_KEY))[SENT_KEY];
  return Array.isArray(stored) ? (stored as SentRecord[]) : [];
}

// Appends run one after the other: two sends in quick succession must not
// both read the old array and each write back only their own entry.
let queue: Promise<unknown> = Promise.resolve();

export function appendSent(message: DraftSentMessage): Promise<void> {
  const { type: _type, ...record } = message;
  const next = queue.then(async () => {
    const all = await readSent();
    all.push(record);
    await browser.storage.local.set({ [SENT_KEY]: all.slice(-SENT_CAP) });
  });
  queue = next.catch(() => undefined);
  return next;
}
