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
import type { DraftSentMessage } from '@/lib/messages';
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
    attach: (handle) => new ComposeSession(handle, { ctx, timers, highlighter, analyzeOptions: () => ({}), send, onError }),
  });
  ctx.onInvalidated(() => {
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
  watcher.scan();
}
