/**
 * Synthetic ledgers for benchmarks and demos: the same seed gives the same
 * ledger. Rows are written in bulk and each buyer's aggregates computed once
 * at the end, with the code recording uses (`aggregate.ts`).
 */
import type { GetLevel, GiveCategory, Verdict } from '../engine/types.ts';
import { buildBuyer, groupHistory, weightsOf } from './aggregate.ts';
import { ledgerTables, type LedgerDb } from './db.ts';
import type { AccountKey, BuyerRecord, ContactRecord, FindingRecord, GetRecord, GetStatus, GiveRecord, GiveStatus, SendRecord } from './types.ts';

export interface SeedOptions {
  buyers: number;
  sends: number;
  seed?: number;
  /** The newest possible send time; fixed by default so a seed always gives the same ledger. */
  now?: number;
  /** Sends spread over this many days before `now`. */
  days?: number;
}

export interface SeedResult {
  buyers: number;
  contacts: number;
  sends: number;
  findings: number;
}

const DEFAULT_NOW = Date.UTC(2026, 0, 15, 12);
const DAY_MS = 86_400_000;

/** mulberry32: small, fast and good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

const COMPANY = ['acme', 'globex', 'initech', 'umbrella', 'stark', 'wayne', 'hooli', 'vandelay', 'wonka', 'soylent', 'cyberdyne', 'tyrell', 'oscorp', 'massive', 'northwind', 'contoso', 'fabrikam', 'litware', 'adatum', 'tailspin', 'woodgrove', 'proseware', 'lucerne', 'fourth-coffee', 'alpine', 'blue-yonder', 'coho', 'wingtip', 'margie', 'trey'];
const LINE = ['', 'logistics', 'foods', 'systems', 'health', 'labs', 'retail', 'energy', 'freight', 'analytics', 'robotics', 'capital', 'media', 'pharma', 'works', 'group'];
const SUFFIX = ['com', 'co.uk', 'de', 'io', 'com.au'];
const FIRST = ['priya', 'james', 'mei', 'carlos', 'anna', 'tom', 'fatima', 'lukas', 'sofia', 'david', 'amara', 'kenji', 'elena', 'omar', 'grace', 'noah'];
const LAST = ['shah', 'miller', 'chen', 'garcia', 'novak', 'brown', 'khan', 'weber', 'rossi', 'cohen', 'okafor', 'sato', 'ivanova', 'haddad', 'kim', 'larsen'];
const PERSONAL = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com'];
const CITIES = ['Denver', 'Leeds', 'Munich', 'Austin', 'Lyon', 'Sydney'];

const capital = (s: string) => s.replace(/(^|-)(\w)/g, (_m, dash: string, c: string) => (dash ? ' ' : '') + c.toUpperCase());

interface Template<K> {
  ruleId: string;
  key: K;
  quote: (rng: Rng) => string;
}

const GIVES: readonly Template<GiveCategory>[] = [
  { ruleId: 'percent-off', key: 'price', quote: (r) => `I can take ${pick(r, [5, 10, 12, 15, 20, 25])}% off the first year` },
  { ruleId: 'discount-offer', key: 'price', quote: () => "we'd be happy to offer a small discount" },
  { ruleId: 'waived-fee', key: 'price', quote: () => "we'll waive the setup fee" },
  { ruleId: 'free-period', key: 'price', quote: (r) => `the first ${int(r, 1, 3)} months free` },
  { ruleId: 'extra-units', key: 'price', quote: (r) => `I'll throw in ${pick(r, [5, 10, 20])} extra seats` },
  { ruleId: 'price-match', key: 'price', quote: () => "we'll match their price" },
  { ruleId: 'extended-payment-terms', key: 'terms', quote: (r) => `we can do net ${pick(r, [45, 60, 90])}` },
  { ruleId: 'month-to-month', key: 'terms', quote: () => 'we can do month-to-month' },
  { ruleId: 'cancel-anytime', key: 'terms', quote: () => 'you can cancel anytime' },
  { ruleId: 'price-lock', key: 'terms', quote: (r) => `we'll lock today's price for ${int(r, 2, 3)} years` },
  { ruleId: 'extend-trial', key: 'resources', quote: () => "we'll extend your trial period" },
  { ruleId: 'custom-demo', key: 'resources', quote: () => "I'll put together a custom demo for your team" },
  { ruleId: 'proposal-or-quote', key: 'resources', quote: () => "I'll send over a proposal today" },
  { ruleId: 'pilot-or-trial-setup', key: 'resources', quote: () => 'we can set up a free pilot' },
  { ruleId: 'roi-analysis', key: 'resources', quote: () => "I'll prepare an ROI analysis for you" },
  { ruleId: 'onsite-workshop', key: 'resources', quote: () => "we'd be glad to do an onsite workshop" },
  { ruleId: 'engineering-or-expert-time', key: 'resources', quote: () => "I'll bring in our solutions engineer" },
  { ruleId: 'whenever-works-for-you', key: 'time', quote: () => 'whenever works for you' },
  { ruleId: 'no-rush', key: 'time', quote: () => 'no rush, take all the time you need' },
  { ruleId: 'work-around-your-schedule', key: 'time', quote: () => "I'll work around your schedule" },
  { ruleId: 'travel-to-you', key: 'time', quote: (r) => `I can fly out to ${pick(r, CITIES)}` },
  { ruleId: 'after-hours-availability', key: 'time', quote: () => "I'll make myself available this weekend" },
  { ruleId: 'call-anytime', key: 'time', quote: () => 'happy to jump on a call any time' },
];

const GETS: readonly Template<GetLevel>[] = [
  { ruleId: 'budget-question', key: 'information', quote: () => 'What budget have you set aside' },
  { ruleId: 'timeline-question', key: 'information', quote: () => "What's your timeline" },
  { ruleId: 'decision-process-question', key: 'information', quote: () => 'Who else is involved' },
  { ruleId: 'needs-question', key: 'information', quote: () => 'What are your must-haves' },
  { ruleId: 'meeting-request', key: 'access', quote: () => 'Are you available for a quick call' },
  { ruleId: 'stakeholder-attends', key: 'access', quote: () => "for your CFO to join Thursday's review" },
  { ruleId: 'stakeholder-intro', key: 'access', quote: () => 'introduce me to your procurement team' },
  { ruleId: 'act-by-date', key: 'commitment', quote: (r) => `PO by ${pick(r, ['Friday', 'the 30th', 'month end'])}` },
  { ruleId: 'decision-plan', key: 'commitment', quote: () => 'mutual action plan' },
  { ruleId: 'signature-request', key: 'commitment', quote: () => 'Order form is ready for your signature' },
  { ruleId: 'reference-ask', key: 'commitment', quote: () => 'a case study after 6 months' },
  { ruleId: 'term-or-volume-commitment', key: 'commitment', quote: () => 'a two-year term' },
];

const SUBJECTS: readonly ((company: string) => string)[] = [
  (c) => `Proposal for ${c}`,
  (c) => `Re: ${c} pilot`,
  () => 'Re: Pricing',
  () => 'Next steps',
  () => 'Re: Security review',
  (c) => `Renewal terms for ${c}`,
  () => 'Following up',
  (c) => `${c} <> onboarding plan`,
  () => 'Re: Re: Contract redlines',
];

interface SeedBuyer {
  account: AccountKey;
  company: string;
  contacts: ContactRecord[];
}

function makeBuyers(rng: Rng, count: number): SeedBuyer[] {
  const buyers: SeedBuyer[] = [];
  const combos = COMPANY.length * LINE.length * SUFFIX.length;
  for (let i = 0; i < count; i++) {
    // One buyer in twenty writes from a personal address: an account of its own.
    if (i % 20 === 19) {
      const first = pick(rng, FIRST);
      const last = pick(rng, LAST);
      const account = `${first}.${last}${i}@${pick(rng, PERSONAL)}`;
      buyers.push({ account, company: capital(`${first}-${last}`), contacts: [{ account, address: account, name: capital(`${first}-${last}`), lastSentAt: 0 }] });
      continue;
    }
    const company = COMPANY[i % COMPANY.length] ?? 'acme';
    const line = LINE[Math.floor(i / COMPANY.length) % LINE.length] ?? '';
    const suffix = SUFFIX[Math.floor(i / (COMPANY.length * LINE.length)) % SUFFIX.length] ?? 'com';
    const round = Math.floor(i / combos);
    const label = [company, line].filter(Boolean).join('-') + (round > 0 ? String(round) : '');
    const account = `${label}.${suffix}`;
    const contacts: ContactRecord[] = [];
    for (let c = int(rng, 1, 3); c > 0; c--) {
      const first = pick(rng, FIRST);
      const last = pick(rng, LAST);
      const address = `${first}.${last}@${account}`;
      if (contacts.some((x) => x.address === address)) continue;
      contacts.push({ account, address, name: `${capital(first)} ${capital(last)}`, lastSentAt: 0 });
    }
    buyers.push({ account, company: capital(label), contacts });
  }
  return buyers;
}

function verdictOf(gives: number, gets: readonly { level: GetLevel }[]): Verdict {
  if (gives === 0) return 'no-give';
  return gets.some((g) => g.level !== 'information') ? 'reciprocated' : 'unreciprocated';
}

/** Fills an empty ledger with `buyers` buyers and `sends` emails (at least one per buyer while sends last). */
export async function seedLedger(db: LedgerDb, options: SeedOptions): Promise<SeedResult> {
  const rng = random(options.seed ?? 1);
  const now = options.now ?? DEFAULT_NOW;
  const span = (options.days ?? 365) * DAY_MS;
  const buyers = makeBuyers(rng, Math.max(0, options.buyers));
  if (buyers.length === 0) return { buyers: 0, contacts: 0, sends: 0, findings: 0 };

  const sends: SendRecord[] = [];
  const findingsOf: (Omit<GiveRecord, 'sendId'> | Omit<GetRecord, 'sendId'>)[][] = [];
  for (let i = 0; i < options.sends; i++) {
    // Every buyer once, then half the emails skewed toward a few busy deals, as in a real pipeline.
    const index = i < buyers.length ? i : Math.floor(buyers.length * (rng() < 0.5 ? rng() ** 1.5 : rng()));
    const main = buyers[index] as SeedBuyer;
    const to = [main];
    if (rng() < 0.05) {
      const other = pick(rng, buyers);
      if (other !== main) to.push(other);
    }
    const accounts = to.map((b) => b.account);
    const sentAt = Math.round(now - rng() * span);
    const gives = Array.from({ length: pick(rng, [0, 0, 0, 1, 1, 1, 1, 2, 2, 3]) }, () => {
      const t = pick(rng, GIVES);
      const status: GiveStatus = rng() < 0.1 ? 'intentional' : 'given';
      return { kind: 'give' as const, accounts, sentAt, ruleId: t.ruleId, category: t.key, quote: t.quote(rng), status };
    });
    const gets = Array.from({ length: pick(rng, [0, 0, 1, 1, 1, 2, 2]) }, () => {
      const t = pick(rng, GETS);
      const roll = rng();
      const status: GetStatus = roll < 0.6 ? 'asked' : roll < 0.9 ? 'received' : 'declined';
      return { kind: 'get' as const, accounts, sentAt, ruleId: t.ruleId, level: t.key, quote: t.quote(rng), status };
    });
    for (const b of to) {
      const c = pick(rng, b.contacts);
      c.lastSentAt = Math.max(c.lastSentAt, sentAt);
    }
    sends.push({
      sendKey: `seed-${options.seed ?? 1}-${i}`,
      accounts,
      host: rng() < 0.7 ? 'gmail' : 'outlook',
      threadId: rng() < 0.6 ? `thread-${int(rng, 1, 1e9).toString(36)}` : null,
      subject: pick(rng, SUBJECTS)(main.company),
      sentAt,
      verdict: verdictOf(gives.length, gets),
      ...weightsOf([...gives, ...gets]),
    });
    findingsOf.push([...gives, ...gets]);
  }

  // A contact no email went to is no contact.
  const contacts = buyers.flatMap((b) => b.contacts.filter((c) => c.lastSentAt > 0));

  return db.transaction('rw', ledgerTables(db), async () => {
    if ((await db.sends.count()) > 0) throw new Error('seedLedger fills an empty ledger only.');
    await db.contacts.bulkAdd(contacts);
    const sendIds = await db.sends.bulkAdd(sends, { allKeys: true });
    const findings = findingsOf.flatMap((list, i) => list.map((f): FindingRecord => ({ ...f, sendId: sendIds[i] ?? 0 })));
    const findingIds = await db.findings.bulkAdd(findings, { allKeys: true });

    // Aggregates once, per account, from rows grouped in memory.
    const perAccount = new Map<AccountKey, { sends: SendRecord[]; findings: FindingRecord[] }>();
    const slot = (a: AccountKey) => {
      let rows = perAccount.get(a);
      if (!rows) perAccount.set(a, (rows = { sends: [], findings: [] }));
      return rows;
    };
    sends.forEach((s, i) => s.accounts.forEach((a) => slot(a).sends.push({ ...s, id: sendIds[i] })));
    findings.forEach((f, i) => f.accounts.forEach((a) => slot(a).findings.push({ ...f, id: findingIds[i] })));
    const records: BuyerRecord[] = [];
    for (const [account, rows] of perAccount) {
      const buyer = buildBuyer(account, groupHistory(rows.sends, rows.findings));
      if (buyer) records.push(buyer);
    }
    await db.buyers.bulkPut(records);
    return { buyers: records.length, contacts: contacts.length, sends: sends.length, findings: findings.length };
  });
}
