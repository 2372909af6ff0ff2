/**
 * One compose's coach: analyses the rep's own text as they type, keeps the
 * badge (a shadow-root UI beside the body, never inside it) and the give
 * highlights current, inserts an ask on request, and reports the send.
 */
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CoachBadge } from '@/components/CoachBadge';
import coachCss from '@/components/coach.css?inline';
import type { Analysis } from '@/lib/engine/types';
import { debounce, type Debounced, type Timers } from '@/lib/coach/debounce';
import type { Highlighter } from '@/lib/coach/highlighter';
import { insertText } from '@/lib/coach/insert';
import { placeAsk } from '@/lib/coach/placement';
import { CLASSIFY, mapText, positionAfter, rangeFor } from '@/lib/coach/text-map';
import { EMPTY_VIEW, findingKeys, toView } from '@/lib/coach/view';
import type { Session } from '@/lib/coach/watch';
import { draftSentMessage, type DraftSentMessage } from '@/lib/messages';
import type { ComposeHandle, Recipients } from '@/lib/webmail/types';
import type { BuyerSummary } from '@/lib/ledger/types';
import { recipientsKey } from '@/lib/coach/history';

/** The shadow host's tag: the end-to-end test contract. */
export const COACH_TAG = 'quid-coach';
const INPUT_IDLE_MS = 150;
/**
 * On a draft far longer than any email (a pasted 1 MB document takes ~0.5 s
 * to read) the wait after the last keystroke grows with the cost of the last
 * analysis, so it is analysed when the rep pauses instead of every few
 * keystrokes; capped so the hint still comes. Ordinary drafts keep the short
 * wait (their first analysis also pays for compiling the rules).
 */
const LONG_DRAFT = 50_000;
const COST_FACTOR = 4;
const MAX_IDLE_MS = 2000;
/**
 * The browser stops the background's worker (which runs the engine) after
 * 30 s without a message, and starting it again with its rules takes ~200 ms:
 * a keystroke after a quiet spell wakes it at once, so that happens during the
 * debounce instead of after it.
 */
const WAKE_AFTER_MS = 10_000;

export interface SessionDeps {
  ctx: ContentScriptContext;
  timers: Timers;
  highlighter: Highlighter | null;
  /** The engine's reading of the rep's text (the background runs it, with the rep's current settings). */
  analyze: (text: string) => Promise<Analysis>;
  send: (message: DraftSentMessage) => void;
  /** The ledger's aggregates for these recipients (from the background); empty when there is none. */
  history?: (recipients: Recipients, from: string | null) => Promise<BuyerSummary[]>;
  onError: (stage: string, error: unknown, where?: Element) => void;
}

/** Where the badge goes: right after the body, outside every editable region. */
function anchorFor(body: HTMLElement): HTMLElement {
  let el = body;
  while (el.parentElement?.isContentEditable) el = el.parentElement;
  return el;
}

export class ComposeSession implements Session {
  private analysis: Analysis | null = null;
  private lastText: string | null = null;
  private readonly intentional = new Set<string>();
  private silenced = false;
  private history: BuyerSummary[] = [];
  private historyKey: string | null = null;
  private ui: ShadowRootContentScriptUi<Root> | null = null;
  private detached = false;
  private readonly abort = new AbortController();
  private readonly stopOnInvalidated: () => void;
  private readonly unsubscribeSend: () => void;
  private readonly schedule: Debounced;
  /** How long the last analysis (read, analyse, highlight) took, in ms. */
  private lastCost = 0;
  /** Counts analyses asked for: an answer to any but the latest is stale. */
  private runs = 0;
  /** The text whose failed analysis was retried: each text is retried once by itself. */
  private retried: string | null = null;
  /** When this compose last asked the background anything (performance.now()). */
  private lastAsked = -Infinity;

  constructor(
    private readonly handle: ComposeHandle,
    private readonly deps: SessionDeps,
  ) {
    this.stopOnInvalidated = deps.ctx.onInvalidated(() => this.detach());
    this.schedule = debounce(
      () => this.guard('analyse', () => this.update()),
      () => Math.min(MAX_IDLE_MS, Math.max(INPUT_IDLE_MS, COST_FACTOR * this.lastCost)),
      deps.timers,
    );
    // Capture: the host's own handlers may stop the event before it bubbles to the root.
    handle.root.addEventListener(
      'input',
      () => {
        this.wake();
        this.schedule();
      },
      { capture: true, signal: this.abort.signal },
    );
    this.unsubscribeSend = handle.onSend(() => this.guard('send', () => this.reportSend()));
    this.update();
    void this.mount();
  }

  body(): HTMLElement | null {
    return this.handle.body();
  }

  check(): void {
    const ui = this.ui;
    if (!ui || ui.shadowHost.isConnected || !this.handle.body()) return;
    // The host re-rendered the compose and took the badge with it: put it back.
    ui.remove();
    this.mountUi(ui);
  }

  /** Analyses again with the current options (the rep changed their settings), even if the text did not change. */
  refresh(): void {
    if (this.detached) return;
    this.lastText = null;
    this.guard('analyse', () => this.update());
  }

  detach(): void {
    if (this.detached) return;
    this.detached = true;
    this.abort.abort();
    this.schedule.cancel();
    this.stopOnInvalidated();
    this.unsubscribeSend();
    this.deps.highlighter?.clear(this);
    this.ui?.remove();
    this.ui = null;
  }

  private guard<T>(stage: string, fn: () => T, fallback?: T): T | undefined {
    try {
      return fn();
    } catch (error) {
      this.deps.onError(stage, error, this.handle.root);
      return fallback;
    }
  }

  /** After a quiet spell, an empty analysis starts the background's worker and compiles its rules; its answer is not needed. */
  private wake(): void {
    const now = performance.now();
    if (now - this.lastAsked < WAKE_AFTER_MS) return;
    this.lastAsked = now;
    this.deps.analyze('').catch(() => undefined);
  }

  /** Re-analyses when the rep's text changed, then updates the host attributes, the badge and the highlights. */
  private update(): void {
    if (this.detached) return;
    this.guard('history', () => this.updateHistory());
    const started = performance.now();
    const text = this.handle.ownText();
    if (text === this.lastText) return;
    this.lastText = text;
    const run = ++this.runs;
    this.lastAsked = started;
    this.deps.analyze(text).then(
      (analysis) => {
        // The rep typed on (or the settings changed) meanwhile: a newer answer is coming.
        if (this.detached || run !== this.runs) return;
        this.retried = null;
        this.guard('analyse', () => this.show(analysis));
        this.lastCost = text.length > LONG_DRAFT ? performance.now() - started : 0;
      },
      (error: unknown) => {
        // The browser may stop the worker mid-answer: asked once more after the usual wait, then again on the
        // next change; until then the badge keeps its last verdict.
        if (run === this.runs) {
          this.lastText = null;
          if (this.retried !== text) {
            this.retried = text;
            this.schedule();
          }
        }
        this.deps.onError('analyse', error, this.handle.root);
      },
    );
  }

  private show(analysis: Analysis): void {
    this.analysis = analysis;
    this.applyHostState();
    this.render();
    this.highlight();
  }

  /** Asks the background about the draft's buyers when its recipients changed; the answer re-renders the badge. */
  private updateHistory(): void {
    const request = this.deps.history;
    if (!request) return;
    const recipients = this.handle.recipients();
    const key = recipientsKey(recipients);
    if (key === this.historyKey) return;
    this.historyKey = key;
    if (key === '') {
      this.history = [];
      return;
    }
    request(recipients, this.handle.sender()).then(
      (history) => {
        // A later change of recipients has its own request; this answer is stale.
        if (this.detached || this.historyKey !== key) return;
        this.history = history;
        this.render();
      },
      (error: unknown) => this.deps.onError('history', error),
    );
  }

  private applyHostState(): void {
    const host = this.ui?.shadowHost;
    const a = this.analysis;
    if (!host || !a) return;
    host.dataset.verdict = a.verdict;
    host.dataset.gives = String(a.gives.length);
    host.dataset.gets = String(a.gets.length);
  }

  private highlight(): void {
    const highlighter = this.deps.highlighter;
    if (!highlighter) return;
    const a = this.analysis;
    const body = this.handle.body();
    // A pasted document is no email: mapping its every sentence onto the DOM would hold the page for
    // hundreds of ms, so it gets the badge and the panel but no highlights.
    if (this.silenced || !a || !body || a.gives.length === 0 || a.text.length > LONG_DRAFT) {
      highlighter.clear(this);
      return;
    }
    const map = mapText(body, CLASSIFY[this.handle.host]);
    // A walk that disagrees with the adapter's text would put highlights in the wrong place: none then.
    if (map.text !== a.text) {
      highlighter.clear(this);
      return;
    }
    const sentences = new Map<number, Range>();
    for (const give of a.gives) {
      if (sentences.has(give.sentence.start)) continue;
      const range = rangeFor(map, give.sentence.start, give.sentence.end);
      if (range) sentences.set(give.sentence.start, range);
    }
    highlighter.set(this, [...sentences.values()]);
  }

  private render(): void {
    const root = this.ui?.mounted;
    if (!root) return;
    const view = this.analysis ? toView(this.analysis, this.intentional) : EMPTY_VIEW;
    root.render(
      <CoachBadge
        view={view}
        history={this.history}
        silenced={this.silenced}
        onInsert={(ask) => this.guard('insert', () => this.insert(ask), false) ?? false}
        onToggleIntentional={(key) => {
          if (!this.intentional.delete(key)) this.intentional.add(key);
          this.render();
        }}
        onSilence={(silenced) => {
          this.silenced = silenced;
          this.render();
          this.highlight();
        }}
      />,
    );
  }

  private async mount(): Promise<void> {
    let ui: ShadowRootContentScriptUi<Root>;
    try {
      ui = await createShadowRootUi<Root>(this.deps.ctx, {
        name: COACH_TAG,
        position: 'inline',
        anchor: () => {
          const body = this.handle.body();
          return body ? anchorFor(body) : null;
        },
        append: 'after',
        css: coachCss,
        isolateEvents: true,
        onMount: (container) => createRoot(container),
        onRemove: (root) => root?.unmount(),
      });
    } catch (error) {
      this.deps.onError('mount', error, this.handle.root);
      return;
    }
    if (this.detached) {
      ui.remove();
      return;
    }
    this.mountUi(ui);
  }

  private mountUi(ui: ShadowRootContentScriptUi<Root>): void {
    this.guard('mount', () => {
      ui.mount();
      this.ui = ui;
      this.applyHostState();
      this.render();
    });
  }

  /** Inserts `ask` after the sentence of the give it answers (else at the end of the rep's text) as a native edit. */
  private insert(ask: string): boolean {
    const body = this.handle.body();
    if (!body) return false;
    const text = this.handle.ownText();
    // Placed after its give's sentence when the current analysis is of this very text; else at the caret.
    const analysis = this.analysis?.text === text ? this.analysis : null;
    const placement = analysis ? placeAsk(analysis, ask) : null;
    const map = mapText(body, CLASSIFY[this.handle.host]);
    let at = placement && map.text === text ? positionAfter(map, placement.at) : null;
    let insertion = placement?.text ?? ` ${ask}`;
    if (!at) {
      // The text could not be mapped onto the DOM: the rep's caret, when it is in the body, is the next best place.
      const selection = body.ownerDocument.defaultView?.getSelection();
      const node = selection?.anchorNode;
      if (!selection || !node || !body.contains(node)) return false;
      at = { node: node as Text, offset: selection.anchorOffset };
      insertion = ` ${ask.trim()} `;
    }
    const outcome = insertText(body, at, insertion);
    if (outcome === 'failed') return false;
    this.schedule.cancel();
    this.update();
    return true;
  }

  /** Runs inside the host's send handling: a quick snapshot, the message goes out asynchronously. */
  private reportSend(): void {
    // A stale script (the extension was updated) tears itself down here instead of failing to send.
    if (this.detached || !this.deps.ctx.isValid) return;
    // Ctrl+Enter pressed inside Quid's own panel is not a send of the draft.
    if (this.ui && this.handle.root.ownerDocument.activeElement === this.ui.shadowHost) return;
    const text = this.handle.ownText();
    const snapshot = {
      sendId: crypto.randomUUID(),
      host: this.handle.host,
      // The rep's own address: mail to their own domain is internal, never a buyer.
      from: this.handle.sender(),
      threadId: this.handle.threadId(),
      subject: this.handle.subject(),
      recipients: this.handle.recipients(),
      sentAt: Date.now(),
    };
    const intentionalKeys = new Set(this.intentional);
    const report = (analysis: Analysis) => {
      const intentional = new Set<number>();
      findingKeys(analysis.gives).forEach((key, i) => {
        if (intentionalKeys.has(key)) intentional.add(i);
      });
      this.deps.send(draftSentMessage({ ...snapshot, analysis, intentional }));
    };
    if (this.analysis?.text === text) {
      report(this.analysis);
    } else {
      // Sent before the last keystrokes were analysed: ask for the final text's analysis, never delaying the
      // send. Not tied to this session: the compose closes on send, the report still goes out.
      this.deps.analyze(text).then(
        (analysis) => this.guard('send', () => report(analysis)),
        (error: unknown) => this.deps.onError('send', error),
      );
    }
  }
}
