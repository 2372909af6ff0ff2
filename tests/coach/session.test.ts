import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ComposeSession, type SessionDeps } from '../../entrypoints/webmail.content/session.tsx';
import { browserTimers } from '../../lib/coach/debounce.ts';
import type { DraftSentMessage } from '../../lib/messages.ts';
import { createGmailAdapter } from '../../lib/webmail/gmail.ts';
import { analyzeText } from '../../lib/engine/analyze-text.ts';
import type { Analysis } from '../../lib/engine/types.ts';

/** What the background answers (it runs the engine with the rep's settings; here the defaults). */
const background = (text: string): Promise<Analysis> => Promise.resolve(analyzeText(text, { format: 'text' }));

function show(fixture: string): void {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/webmail', fixture), 'utf8');
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
}

function setup(analyze: SessionDeps['analyze'] = background) {
  show('gmail-2026-07-new-message-chips.html');
  const [handle] = createGmailAdapter({ report: () => undefined }).findComposes(document);
  if (!handle) throw new Error('no compose');
  const ctx = new ContentScriptContext('webmail');
  const sent: DraftSentMessage[] = [];
  const onError = vi.fn();
  const deps: SessionDeps = { ctx, timers: browserTimers, highlighter: null, analyze, send: (m) => sent.push(m), onError };
  const session = new ComposeSession(handle, deps);
  return { handle, ctx, session, sent, onError };
}

const host = () => document.querySelector('quid-coach') as HTMLElement | null;

function retype(body: HTMLElement, text: string) {
  body.innerHTML = `<div>${text}</div>`;
  body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
}

afterEach(() => {
  document.body.innerHTML = '';
  fakeBrowser.reset();
});

describe('ComposeSession (happy-dom)', () => {
  it('mounts <quid-coach> beside the body, never inside it, and keeps its data attributes current', async () => {
    const { handle, session } = setup();
    await vi.waitFor(() => expect(host()).not.toBeNull());
    const body = handle.body() as HTMLElement;
    expect(body.contains(host())).toBe(false);
    expect(body.nextElementSibling).toBe(host());

    retype(body, 'I can take 15% off the first year.');
    await vi.waitFor(() => expect(host()?.dataset.verdict).toBe('unreciprocated'));
    expect(host()?.dataset.gives).toBe('1');
    expect(host()?.dataset.gets).toBe('0');

    retype(body, 'I can take 15% off the first year. Can you sign the order form by Friday?');
    await vi.waitFor(() => expect(host()?.dataset.verdict).toBe('reciprocated'));
    expect(host()?.dataset.gets).toBe('1');
    session.detach();
    expect(host()).toBeNull();
  });

  it('waits longer after the last keystroke when the last analysis was costly (a pasted huge draft)', async () => {
    show('gmail-2026-07-new-message-chips.html');
    const [handle] = createGmailAdapter({ report: () => undefined }).findComposes(document);
    if (!handle) throw new Error('no compose');
    const waits: number[] = [];
    const timers = { set: (_: () => void, ms: number) => waits.push(ms), clear: () => undefined };
    const deps: SessionDeps = { ctx: new ContentScriptContext('webmail'), timers, highlighter: null, analyze: background, send: () => undefined, onError: vi.fn() };
    (handle.body() as HTMLElement).innerHTML = `<div>${'We can take 5% off. '.repeat(3000)}</div>`;
    // The first analysis (asked for in the constructor) of this 60,000-character draft looks slow.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 500));
    const session = new ComposeSession(handle, deps);
    await vi.waitFor(() => expect(host()?.dataset.verdict).toBe('unreciprocated'));
    now.mockRestore();
    const body = handle.body() as HTMLElement;
    body.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(waits.at(-1)).toBe(2000);
    session.detach();

    // An ordinary draft keeps the short wait, however long its analysis took (the first one compiles the rules).
    show('gmail-2026-07-new-message-chips.html');
    const [short] = createGmailAdapter({ report: () => undefined }).findComposes(document);
    if (!short) throw new Error('no compose');
    const again = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 500));
    const other = new ComposeSession(short, deps);
    again.mockRestore();
    (short.body() as HTMLElement).dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(waits.at(-1)).toBe(150);
    other.detach();
  });

  it('reports a send with the analysis of the text as sent, and nothing after detaching', async () => {
    const { handle, session, sent } = setup();
    const body = handle.body() as HTMLElement;
    const send = handle.root.querySelector('[data-tooltip^="Send"]') as HTMLElement;
    retype(body, 'I can take 15% off the first year.');
    await vi.waitFor(() => expect(host()?.dataset.verdict).toBe('unreciprocated'));
    // Analysed already: the report goes out inside the click.
    send.click();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'quid/draft-sent', host: 'gmail', subject: 'Fabrikam rollout: pricing options', analysis: { verdict: 'unreciprocated' } });
    session.detach();
    await new Promise((r) => setTimeout(r, 1100));
    send.click();
    expect(sent).toHaveLength(1);
  });

  it('reports a draft sent before its last keystrokes were analysed right after the send, with the final text', async () => {
    const { handle, session, sent } = setup();
    const body = handle.body() as HTMLElement;
    retype(body, 'Thanks for the call.');
    await vi.waitFor(() => expect(host()?.dataset.verdict).toBe('no-give'));
    // Typed and sent inside the debounce: the send is never held for the analysis.
    retype(body, 'Thanks for the call. I can take 15% off the first year.');
    (handle.root.querySelector('[data-tooltip^="Send"]') as HTMLElement).click();
    expect(sent).toHaveLength(0);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ analysis: { verdict: 'unreciprocated', gives: [{ category: 'price' }] } });
    session.detach();
  });

  it('shows only the newest text: an analysis that answers after a newer one is dropped', async () => {
    const answers: { text: string; resolve: () => void }[] = [];
    const slow = (text: string) => new Promise<Analysis>((resolve) => answers.push({ text, resolve: () => resolve(analyzeText(text, { format: 'text' })) }));
    const { handle, session } = setup(slow);
    const body = handle.body() as HTMLElement;
    retype(body, 'I can take 15% off the first year.');
    await vi.waitFor(() => expect(answers.map((a) => a.text)).toContain('I can take 15% off the first year.'));
    retype(body, 'Let me know if you have any questions.');
    await vi.waitFor(() => expect(answers.at(-1)?.text).toBe('Let me know if you have any questions.'));
    answers.at(-1)?.resolve();
    await vi.waitFor(() => expect(host()?.dataset.verdict).toBe('no-give'));
    // The older text's answer comes last and changes nothing.
    for (const a of answers.slice(0, -1)) a.resolve();
    await new Promise((r) => setTimeout(r, 50));
    expect(host()?.dataset.verdict).toBe('no-give');
    session.detach();
  });

  it('keeps the page quiet when the background cannot analyse: one retry by itself, then on the next change', async () => {
    let fail = true;
    const asked: string[] = [];
    const flaky = (text: string) => {
      asked.push(text);
      return fail ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) : background(text);
    };
    const { handle, session, onError } = setup(flaky);
    const body = handle.body() as HTMLElement;
    await vi.waitFor(() => expect(host()).not.toBeNull());
    asked.length = 0;
    retype(body, 'I can take 15% off the first year.');
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith('analyse', expect.any(Error), handle.root));
    // Asked once more after the debounce, and no more: a dead background must not be asked in a loop.
    await vi.waitFor(() => expect(asked.filter((t) => t !== '')).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 400));
    expect(asked.filter((t) => t !== '')).toHaveLength(2);
    expect(host()?.dataset.verdict).toBeUndefined();
    fail = false;
    retype(body, 'I can take 15% off the first year!');
    await vi.waitFor(() => expect(host()?.dataset.verdict).toBe('unreciprocated'));
    session.detach();
  });

  it('retries an analysis the background dropped (its worker was stopped mid-answer)', async () => {
    let drops = 1;
    const { handle, session } = setup((text) => (text !== '' && drops-- > 0 ? Promise.reject(new Error('The message port closed before a response was received.')) : background(text)));
    retype(handle.body() as HTMLElement, 'I can take 15% off the first year.');
    await vi.waitFor(() => expect(host()?.dataset.verdict).toBe('unreciprocated'));
    session.detach();
  });

  it("wakes the background's worker on the first keystroke after a quiet spell, not on every keystroke", async () => {
    const asked: string[] = [];
    const { handle, session } = setup((text) => {
      asked.push(text);
      return background(text);
    });
    const body = handle.body() as HTMLElement;
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    const key = () => body.dispatchEvent(new InputEvent('input', { bubbles: true }));
    key();
    key();
    // Just asked (the first analysis): no wake-up.
    expect(asked).toHaveLength(1);
    const later = performance.now() + 11_000;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => later);
    key();
    key();
    now.mockRestore();
    // One empty analysis at once (it starts the worker and compiles its rules), before the debounce ends.
    expect(asked).toEqual([asked[0], '']);
    session.detach();
  });

  it('tears everything down quietly when the extension context is invalidated', async () => {
    const { handle, ctx, sent, onError } = setup();
    await vi.waitFor(() => expect(host()).not.toBeNull());
    ctx.notifyInvalidated();
    expect(host()).toBeNull();
    const body = handle.body() as HTMLElement;
    retype(body, 'I can take 15% off the first year.');
    (handle.root.querySelector('[data-tooltip^="Send"]') as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 200));
    expect(host()).toBeNull();
    expect(sent).toEqual([]);
    expect(onError).not.toHaveBeenCalled();
  });
});
