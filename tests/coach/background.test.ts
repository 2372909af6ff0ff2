// Before Dexie loads: it takes IndexedDB from the global scope once.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background, { RETENTION_ALARM } from '../../entrypoints/background.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings/types.ts';
import { analyze } from '../../lib/engine/analyze.ts';
import { LEDGER_DB_NAME, LedgerDb } from '../../lib/ledger/db.ts';
import { BUYER_SUMMARY, DELETE_ALL, DELETE_BUYER, IMPORT, SET_STATUS } from '../../lib/ledger/protocol.ts';
import { draftSentMessage, type QuidResponse } from '../../lib/messages.ts';
import { ANALYZE, MAX_DRAFT_CHARS, analyzeRequest } from '../../lib/coach/analyze-protocol.ts';
import { saveSettings } from '../../lib/settings/store.ts';

/** The sends in the ledger the background wrote, oldest first. */
async function readSent() {
  const db = new LedgerDb();
  try {
    return await db.sends.orderBy('id').toArray();
  } finally {
    db.close();
  }
}

const message = (subject = 'Pricing', host: 'gmail' | 'outlook' = 'gmail') =>
  draftSentMessage({
    sendId: crypto.randomUUID(),
    host,
    threadId: null,
    subject,
    recipients: { to: [{ address: 'priya@fabrikam.example', name: null }], cc: [], bcc: [] },
    sentAt: 1_780_000_000_000,
    analysis: analyze('I can take 15% off the first year.', { format: 'text' }),
  });

const tab = { id: 7, index: 0, pinned: false, highlighted: false, windowId: 1, active: true, incognito: false, selected: false, discarded: false, autoDiscardable: true, groupId: -1, frozen: false };
const contentScript = (url = 'https://mail.google.com/mail/u/0/#inbox') => ({ id: fakeBrowser.runtime.id, tab: { ...tab, url }, url, frameId: 0 });

/** Delivers a message as the browser would and resolves with the answer (or undefined when none comes). */
function deliver(msg: unknown, sender: object): Promise<QuidResponse | undefined> {
  return new Promise((resolve) => {
    // WXT's typings list two arguments; the fake passes every argument on, as the browser passes sendResponse.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    void trigger(msg, sender, (response: QuidResponse) => resolve(response)).then((results) => {
      // A listener that returned false will not answer: settle now.
      if (results.every((r) => r !== true)) setTimeout(() => resolve(undefined), 0);
    });
  });
}

describe('background: sent drafts from the content script', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await Dexie.delete(LEDGER_DB_NAME);
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    background.main();
  });

  it('stores a valid message from its own content script in a webmail tab', async () => {
    expect(await deliver(message(), contentScript())).toEqual({ ok: true });
    const stored = await readSent();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ host: 'gmail', subject: 'Pricing', verdict: 'unreciprocated', accounts: ['fabrikam.example'] });
  });

  it('appends concurrent sends without losing one', async () => {
    await Promise.all(['a', 'b', 'c'].map((s) => deliver(message(s), contentScript())));
    expect((await readSent()).map((r) => r.subject).sort()).toEqual(['a', 'b', 'c']);
  });

  it('records a second delivery of the same send once', async () => {
    const once = message('twice');
    expect(await deliver(once, contentScript())).toEqual({ ok: true });
    expect(await deliver(once, contentScript())).toEqual({ ok: true });
    expect((await readSent()).map((r) => r.subject)).toEqual(['twice']);
  });

  it('rejects a message of the wrong shape and stores nothing', async () => {
    const bad = { ...message(), analysis: { verdict: 'unreciprocated' } };
    const answer = await deliver(bad, contentScript());
    expect(answer?.ok).toBe(false);
    expect(await readSent()).toEqual([]);
  });

  it('rejects the full draft text smuggled into the message', async () => {
    const answer = await deliver({ ...message(), text: 'Hi Priya, the whole draft…' }, contentScript());
    expect(answer).toEqual({ ok: false, error: 'message.text: unexpected field' });
    expect(await readSent()).toEqual([]);
  });

  it('rejects a sender that is not this extension', async () => {
    const answer = await deliver(message(), { ...contentScript(), id: 'some-other-extension' });
    expect(answer).toEqual({ ok: false, error: 'sender: not this extension' });
    expect(await readSent()).toEqual([]);
  });

  it('rejects a sender that is not a content script in a tab (an extension page)', async () => {
    const answer = await deliver(message(), { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` });
    expect(answer).toEqual({ ok: false, error: 'sender: not a content script in a tab' });
    expect(await readSent()).toEqual([]);
  });

  it('rejects a message naming another host than the page it came from', async () => {
    expect((await deliver(message('x', 'outlook'), contentScript()))?.ok).toBe(false);
    expect((await deliver(message('x', 'gmail'), contentScript('https://example.test/')))?.ok).toBe(false);
    expect(await deliver(message('y', 'outlook'), contentScript('https://outlook.office.com/mail/'))).toEqual({ ok: true });
    expect((await readSent()).map((r) => r.subject)).toEqual(['y']);
  });

  it("answers unknown quid/ types and leaves other extensions' messages alone", async () => {
    expect(await deliver({ type: 'quid/unknown' }, contentScript())).toMatchObject({ ok: false });
    expect(await deliver({ type: 'not-ours' }, contentScript())).toBeUndefined();
    expect(await deliver('hello', contentScript())).toBeUndefined();
  });

  const page = (path = 'popup.html') => ({ id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/${path}` });

  it('answers a content script with aggregates for its recipients, never quotes', async () => {
    // One send today (in the 30-day window) and one half a year ago (only in the balance).
    await deliver({ ...message(), sentAt: Date.now() - 60_000 }, contentScript());
    await deliver(message(), contentScript());
    const answer = await deliver({ type: BUYER_SUMMARY, recipients: { to: [{ address: 'lee@fabrikam.example', name: null }], cc: [], bcc: [] }, from: null }, contentScript());
    expect(answer).toMatchObject({ ok: true, summaries: [{ account: 'fabrikam.example', givesInWindow: 1, getsInWindow: 0, balance: -6 }] });
    expect(JSON.stringify(answer)).not.toContain('15%');
    // An extension page has no business asking on a draft's behalf.
    expect(await deliver({ type: BUYER_SUMMARY, recipients: { to: [], cc: [], bcc: [] }, from: null }, page())).toMatchObject({ ok: false });
  });

  it("analyses a content script's draft with the rep's current settings, and stores nothing of it", async () => {
    const draft = 'I can take 15% off the first year. Can you sign the order form by Friday?';
    const answer = await deliver(analyzeRequest(draft), contentScript());
    expect(answer).toMatchObject({ ok: true, analysis: { verdict: 'reciprocated', text: draft, gives: [{ category: 'price' }], gets: [{ level: 'commitment' }] } });
    // Switched off in the options page: the very next analysis goes without it.
    await saveSettings({ ...DEFAULT_SETTINGS, disabledRuleSets: ['price-concessions'] });
    expect(await deliver(analyzeRequest(draft), contentScript())).toMatchObject({ ok: true, analysis: { verdict: 'no-give', gives: [] } });
    expect(await readSent()).toEqual([]);
    // Not in extension storage either: the draft lives only in the message and its answer.
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('first year');
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('first year');
  });

  it('analyses a pasted document far longer than an email', async () => {
    const long = 'Thanks for the call today, here are the notes. '.repeat(2000) + 'I can take 15% off the first year.';
    expect(long.length).toBeGreaterThan(50_000);
    expect(await deliver(analyzeRequest(long), contentScript())).toMatchObject({ ok: true, analysis: { verdict: 'unreciprocated' } });
  });

  it('refuses to analyse for a web page, an extension page or a message of the wrong shape', async () => {
    const request = analyzeRequest('I can take 15% off the first year.');
    expect(await deliver(request, contentScript('https://example.test/'))).toEqual({ ok: false, error: 'sender: not a webmail page' });
    expect(await deliver(request, page())).toMatchObject({ ok: false });
    expect(await deliver({ ...request, text: 42 }, contentScript())).toEqual({ ok: false, error: 'message.text: not a string' });
    expect(await deliver({ ...request, options: {} }, contentScript())).toEqual({ ok: false, error: 'message.options: unexpected field' });
    expect(await deliver({ type: ANALYZE, text: 'x'.repeat(MAX_DRAFT_CHARS + 1) }, contentScript())).toMatchObject({ ok: false });
    // The coach itself never sends more than the cap.
    expect(analyzeRequest('x'.repeat(MAX_DRAFT_CHARS + 5)).text).toHaveLength(MAX_DRAFT_CHARS);
  });

  it('carries out ledger commands from its own pages only', async () => {
    await deliver(message(), contentScript());
    const db = new LedgerDb();
    const give = await db.findings.toCollection().first();
    db.close();
    expect(give?.id).toBeGreaterThan(0);
    const setStatus = { type: SET_STATUS, findingId: give?.id, status: 'intentional' };
    expect(await deliver(setStatus, contentScript())).toEqual({ ok: false, error: 'sender: not an extension page' });
    expect(await deliver(setStatus, { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' })).toMatchObject({ ok: false });
    expect(await deliver(setStatus, page())).toEqual({ ok: true });
    expect(await deliver({ type: SET_STATUS, findingId: give?.id, status: 'received' }, page('options.html'))).toMatchObject({ ok: false });
    expect(await deliver({ type: DELETE_BUYER, account: 'fabrikam.example' }, page())).toEqual({ ok: true });
    expect(await readSent()).toEqual([]);
  });

  it('refuses a malformed import whole and changes nothing; delete-all empties the ledger', async () => {
    await deliver(message('kept'), contentScript());
    const answer = await deliver({ type: IMPORT, data: { format: 'something-else' } }, page('options.html'));
    expect(answer?.ok).toBe(false);
    expect((answer as { error: string }).error).toMatch(/Nothing was changed/);
    expect((await readSent()).map((r) => r.subject)).toEqual(['kept']);
    expect(await deliver({ type: DELETE_ALL }, page('options.html'))).toEqual({ ok: true });
    expect(await readSent()).toEqual([]);
  });

  it('deletes what is older than the retention setting when its alarm fires', async () => {
    await fakeBrowser.storage.local.set({ 'quid:settings': { ...DEFAULT_SETTINGS, retentionDays: 30 } });
    await deliver({ ...message('recent'), sentAt: Date.now() - 86_400_000 }, contentScript());
    await deliver(message('half a year ago'), contentScript());
    expect(await readSent()).toHaveLength(2);
    expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toBeTruthy();
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect((await readSent()).map((r) => r.subject)).toEqual(['recent']));
  });
});
