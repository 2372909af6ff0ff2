/**
 * Shared by the end-to-end specs: the webmail fixtures made servable, a
 * fresh draft with the caret where the rep types, and the ledger as the
 * background recorded it (read from IndexedDB in the extension's origin).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page, Worker } from '@playwright/test';
import { expect } from './fixtures.ts';

export const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/#inbox';
export const OUTLOOK_MAIL = 'https://outlook.office.com/mail/';
export const GIVE = 'I can take 15% off the first year.';
export const GET = 'Can you sign the order form by Friday?';

const fixturesDir = fileURLToPath(new URL('../fixtures/webmail/', import.meta.url));
const servedDir = fileURLToPath(new URL('../../test-results/e2e-pages/', import.meta.url));
export const screenshot = (name: string) =>
  process.env.UPDATE_SCREENSHOTS
    ? fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url))
    : fileURLToPath(new URL(`../../test-results/screenshots/${name}`, import.meta.url));

const EDITOR_CSS =
  'body{font:14px/1.5 Arial,sans-serif}' +
  '[g_editable=true],#editorParent_1{box-sizing:border-box;width:520px;min-height:200px;padding:8px 10px 40px;border:1px solid #c4c7c5;border-radius:8px;outline:none}';

/**
 * A fixture as a servable page: the captures keep the hosts' references to
 * their CDNs (an icon, a preconnect), which a page under test must not load,
 * or the "no foreign request" check would be about the fixture, not Quid.
 */
export function served(fixture: string): string {
  const html = readFileSync(`${fixturesDir}${fixture}`, 'utf8')
    .replace(/<img\b[^>]*\bsrc="(?:https?:)?\/\/[^"]*"[^>]*>/g, '')
    .replace(/<link\b[^>]*>/g, '')
    // The fixtures carry no host CSS; a readable editor box makes the screenshots show the badge in place.
    .replace('</head>', `<style>${EDITOR_CSS}</style></head>`);
  mkdirSync(servedDir, { recursive: true });
  writeFileSync(`${servedDir}${fixture}`, html);
  return `${servedDir}${fixture}`;
}

/** A fresh draft: greeting, an empty line for the rep's words, sign-off, the host's signature block. */
const DRAFTS = {
  gmail:
    '<div dir="ltr"><div>Hi Priya,</div><div><br></div><div class="e2e-line"><br></div><div><br></div><div>Thanks,</div><div>Sam</div>' +
    '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">' +
    '<div dir="ltr">Sam Okafor<div>Account Executive, Brightloom</div></div></div></div>',
  outlook:
    '<div class="elementToProof">Hi Priya,</div><div class="elementToProof"><br></div><div class="elementToProof e2e-line"><br></div>' +
    '<div class="elementToProof"><br></div><div class="elementToProof">Thanks,</div><div class="elementToProof">Sam</div>' +
    '<div id="Signature" class="elementToProof"><div>Sam Okafor</div><div>Account Executive, Brightloom</div></div>',
};
export const BODY = { gmail: '[g_editable=true]', outlook: '#editorParent_1' };

/** Replaces the body with a fresh draft (as the host would show one), clicks into it and puts the caret on the empty line. */
export async function startDraft(page: Page, host: 'gmail' | 'outlook', nth = 0): Promise<Locator> {
  const body = page.locator(BODY[host]).nth(nth);
  await body.evaluate((el, html) => {
    el.innerHTML = html;
  }, DRAFTS[host]);
  await body.click();
  await body.evaluate((el) => {
    const line = el.querySelector('.e2e-line');
    if (!line) throw new Error('no typing line');
    line.removeAttribute('class');
    const range = document.createRange();
    range.setStart(line, 0);
    range.collapse(true);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
  return body;
}

/** A send as the ledger recorded it, with its findings and the contacts of its accounts. */
export type SentEntry = {
  host: string;
  threadId: string | null;
  subject: string;
  verdict: string;
  accounts: string[];
  gives: { ruleId: string; category: string; status: string; quote: string | null }[];
  gets: { ruleId: string; level: string; status: string }[];
  contacts: { id?: number; account: string; address: string | null; name: string | null }[];
};

/** Reads the ledger's IndexedDB in the extension's origin (the service worker's), oldest send first. */
export async function sentEntries(serviceWorker: Worker): Promise<SentEntry[]> {
  return serviceWorker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('quid-ledger');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      // Before the first send the background may not have created the schema yet.
      if (!db.objectStoreNames.contains('sends')) return [];
      const all = <T,>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
        });
      type Send = { id: number; host: string; threadId: string | null; subject: string; verdict: string; accounts: string[] };
      type Finding = { sendId: number; kind: string; ruleId: string; category?: string; level?: string; status: string; quote: string | null };
      type Contact = { account: string; address: string | null; name: string | null };
      const [sends, findings, contacts] = await Promise.all([all<Send>('sends'), all<Finding>('findings'), all<Contact>('contacts')]);
      return sends
        .sort((a, b) => a.id - b.id)
        .map((send) => ({
          host: send.host,
          threadId: send.threadId,
          subject: send.subject,
          verdict: send.verdict,
          accounts: send.accounts,
          gives: findings.filter((f) => f.sendId === send.id && f.kind === 'give').map((f) => ({ ruleId: f.ruleId, category: f.category ?? '', status: f.status, quote: f.quote })),
          gets: findings.filter((f) => f.sendId === send.id && f.kind === 'get').map((f) => ({ ruleId: f.ruleId, level: f.level ?? '', status: f.status })),
          contacts: contacts.filter((c) => send.accounts.includes(c.account)),
        }));
    } finally {
      db.close();
    }
  });
}

/** Waits until the store holds `n` entries, then makes sure no late duplicate follows. */
export async function expectSent(serviceWorker: Worker, n: number): Promise<SentEntry[]> {
  await expect.poll(async () => (await sentEntries(serviceWorker)).length).toBe(n);
  await new Promise((resolve) => setTimeout(resolve, 600));
  const entries = await sentEntries(serviceWorker);
  expect(entries).toHaveLength(n);
  return entries;
}

/** The editor's HTML holds nothing Quid drew: no host element, no attribute, no wrapper element. */
export async function expectCleanEditor(body: Locator, spansBefore: number): Promise<void> {
  const html = await body.evaluate((el) => el.innerHTML);
  expect(html).not.toMatch(/quid/i);
  expect(html).not.toMatch(/<mark\b/i);
  expect(await body.locator('span').count()).toBe(spansBefore);
}

