/**
 * The popup's reach into the active tab: is it a webmail tab, and pause
 * Quid there. The URL is only visible for hosts Quid may run on; when it is
 * hidden the content script's answer (or its absence) decides.
 */
import { browser } from 'wxt/browser';
import type { PauseResult } from '@/components/Popup';
import { PAUSE } from '@/lib/ledger/protocol';
import { hostFor } from '@/lib/webmail/detect';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** True on Gmail or Outlook, false elsewhere, null when the tab's URL is not visible to Quid. */
function isWebmail(url: string | undefined): boolean | null {
  if (!url) return null;
  try {
    return hostFor(new URL(url).hostname) !== null;
  } catch {
    return false;
  }
}

export async function activeTabIsWebmail(): Promise<boolean | null> {
  const tab = await activeTab();
  return tab ? isWebmail(tab.url) : false;
}

/** Asks the active tab's content script to pause; `unavailable` when there is none to ask or it refuses. */
export async function pauseActiveTab(): Promise<PauseResult> {
  const tab = await activeTab();
  if (tab?.id === undefined || isWebmail(tab.url) === false) return 'unavailable';
  try {
    const answer: unknown = await browser.tabs.sendMessage(tab.id, { type: PAUSE });
    const refused = typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === false;
    return refused ? 'unavailable' : 'paused';
  } catch {
    // No content script in the tab ("Receiving end does not exist").
    return 'unavailable';
  }
}
