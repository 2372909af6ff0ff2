/**
 * The coach on one webmail page: picks the host adapter, watches for
 * composes, gives each its session, and tears everything down quietly when
 * the extension context goes away (update, reload, uninstall).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Timers } from '@/lib/coach/debounce';
import { createHighlighter } from '@/lib/coach/highlighter';
import { watchComposes } from '@/lib/coach/watch';
import { analyzeRequest, type AnalyzeResult } from '@/lib/coach/analyze-protocol';
import type { Analysis } from '@/lib/engine/types';
import type { DraftSentMessage } from '@/lib/messages';
import { BUYER_SUMMARY, PAUSE, type BuyerSummaryRequest, type SummaryResult } from '@/lib/ledger/protocol';
import type { BuyerSummary } from '@/lib/ledger/types';
import type { Recipients } from '@/lib/webmail/types';
import { watchSettingsChanges } from '@/lib/settings/store';
import { adapterFor, maskedStructure } from '@/lib/webmail';
import { COACH_TAG, ComposeSession } from './session';

export function startCoach(ctx: ContentScriptContext): void {
  const reported = new Set<string>();
  const onError = (stage: string, error: unknown, where?: Element) => {
    // Once per stage: a broken layout must not fill the console on every keystroke. Never the draft: only
    // the error's kind and the page structure with all text and attribute values masked.
    if (reported.has(stage)) return;
    reported.add(stage);
    try {
      const kind = error instanceof Error ? `${error.name}: ${error.message.slice(0, 160)}` : typeof error;
      console.debug(`[quid] coach ${stage} failed (${kind})${where ? `; masked structure follows\n${maskedStructure(where)}` : ''}`);
    } catch {
      // diagnostics must never break the page
    }
  };

  const adapter = adapterFor(location);
  if (!adapter) return;

  const timers: Timers = {
    set: (callback, ms) => ctx.setTimeout(callback, ms),
    clear: (handle) => clearTimeout(handle as number),
  };
  const highlighter = createHighlighter(document);
  // Aggregates about the draft's buyers, from the ledger the background keeps: a narrow question, numbers back.
  const history = async (recipients: Recipients, from: string | null): Promise<BuyerSummary[]> => {
    const request: BuyerSummaryRequest = { type: BUYER_SUMMARY, recipients, from };
    const answer = (await browser.runtime.sendMessage(request)) as SummaryResult | undefined;
    return answer?.ok ? answer.summaries : [];
  };
  // The engine runs in the background, with the rep's current settings: none of its rules are loaded into the page.
  const analyze = async (text: string): Promise<Analysis> => {
    const answer = (await browser.runtime.sendMessage(analyzeRequest(text))) as AnalyzeResult | undefined;
    if (!answer?.ok) throw new Error(answer ? answer.error : 'no answer from the background');
    return answer.analysis;
  };
  const send = (message: DraftSentMessage) => {
    try {
      browser.runtime.sendMessage(message).catch((error: unknown) => onError('send', error));
    } catch (error) {
      // The extension was updated or removed since this page loaded.
      onError('send', error);
    }
  };

  const watcher = watchComposes({
    adapter,
    doc: document,
    timers,
    isOwn: (node) => node.nodeName.toLowerCase() === COACH_TAG,
    onError,
    attach: (handle) => new ComposeSession(handle, { ctx, timers, highlighter, analyze, send, history, onError }),
  });
  // A change in the options page re-analyses every open compose without a reload (the background reads the
  // settings afresh for each analysis).
  const refresh = () => {
    if (!ctx.isValid) return;
    for (const session of watcher.sessions()) session.refresh();
  };
  let unwatchSettings = () => {};
  try {
    unwatchSettings = watchSettingsChanges(refresh);
  } catch (error) {
    onError('settings', error);
  }
  // The popup's "pause on this tab": coaching stops until the page reloads; nothing more is read or recorded here.
  const onPause = (message: unknown, _sender: unknown, sendResponse: (answer: { ok: boolean }) => void): boolean => {
    if ((message as { type?: unknown } | null)?.type !== PAUSE) return false;
    watcher.stop();
    highlighter?.dispose();
    sendResponse({ ok: true });
    return false;
  };
  try {
    browser.runtime.onMessage.addListener(onPause);
  } catch (error) {
    onError('pause', error);
  }
  ctx.onInvalidated(() => {
    try {
      browser.runtime.onMessage.removeListener(onPause);
      unwatchSettings();
    } catch {
      // the extension's APIs are already gone with its context
    }
    watcher.stop();
    highlighter?.dispose();
  });
  // Ctrl/⌘+Enter inside Quid's panel must not count (or act) as a send: stop it before the compose's capture
  // listeners see it. Other keys are kept in by the shadow root's isolateEvents.
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      const target = event.target as Node | null;
      if (target?.nodeName.toLowerCase() === COACH_TAG && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.stopPropagation();
    },
    { capture: true },
  );
  // Gmail and Outlook are single-page apps: a navigation can show a compose without a mutation the observer counts.
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.schedule());
  try {
    watcher.scan();
  } catch (error) {
    onError('scan', error);
  }
}
