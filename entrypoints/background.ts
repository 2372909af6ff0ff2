import { browser } from 'wxt/browser';
import { createMessageHandler } from '@/lib/coach/on-message';
import { appendSent } from '@/lib/coach/sent-store';

export default defineBackground(() => {
  // Sent drafts from the compose coach; the ledger (issue 4) replaces the minimal store.
  browser.runtime.onMessage.addListener(createMessageHandler({ runtimeId: browser.runtime.id, record: appendSent }));
});
