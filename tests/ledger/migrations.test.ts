import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, LedgerDb } from '../../lib/ledger/db.ts';
import { buyerDetail, openAsks } from '../../lib/ledger/queries.ts';
import { recordSend } from '../../lib/ledger/record.ts';
import { DAY, GETS, GIVES, T0, freshDeps, policy, sent } from './helpers.ts';

const NAME = 'quid-ledger-migration';
const opened: LedgerDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

function open(deps: ReturnType<typeof freshDeps>, version?: number): LedgerDb {
  const db = new LedgerDb(deps, NAME, version);
  opened.push(db);
  return db;
}

/** Rows as version 1 wrote them: findings knew only their send. */
async function seedVersion1(db: LedgerDb) {
  await db.buyers.bulkAdd([
    { account: 'acme.com', firstSentAt: T0, lastSentAt: T0 + DAY, sends: 2, gives: 2, gets: 1, giveWeight: 5, getWeight: 3, balance: -2, trend: [-3, -2], flags: [] },
    { account: 'globex.com', firstSentAt: T0 + DAY, lastSentAt: T0 + DAY, sends: 1, gives: 1, gets: 1, giveWeight: 2, getWeight: 3, balance: 1, trend: [1], flags: [] },
  ]);
  await db.contacts.bulkAdd([
    { account: 'acme.com', address: 'priya@acme.com', name: 'Priya Shah', lastSentAt: T0 + DAY },
    { account: 'globex.com', address: null, name: 'Dana Lee', lastSentAt: T0 + DAY },
  ]);
  await db.sends.bulkAdd([
    { sendKey: 'send-v1-0001', accounts: ['acme.com'], host: 'gmail', threadId: null, subject: 'Pricing', sentAt: T0, verdict: 'unreciprocated', giveWeight: 3, getWeight: 0 },
    { sendKey: 'send-v1-0002', accounts: ['acme.com', 'globex.com'], host: 'outlook', threadId: 't-1', subject: 'Demo', sentAt: T0 + DAY, verdict: 'reciprocated', giveWeight: 2, getWeight: 3 },
  ]);
  const v1Findings = [
    { sendId: 1, kind: 'give', ruleId: 'percent-off', category: 'price', status: 'given', quote: 'I can take 15% off' },
    { sendId: 2, kind: 'give', ruleId: 'custom-demo', category: 'resources', status: 'intentional', quote: null },
    { sendId: 2, kind: 'get', ruleId: 'act-by-date', level: 'commitment', status: 'asked', quote: 'PO by Friday' },
  ];
  await db.table('findings').bulkAdd(v1Findings);
}

describe('schema migrations', () => {
  it('opens a version 1 ledger at the latest version with nothing lost', async () => {
    const deps = freshDeps();
    const v1 = open(deps, 1);
    await seedVersion1(v1);
    expect(v1.verno).toBe(1);
    expect(v1.tables.find((t) => t.name === 'findings')?.schema.indexes.map((i) => i.name)).toEqual(['sendId']);
    const before = {
      buyers: await v1.buyers.toArray(),
      contacts: await v1.contacts.toArray(),
      sends: await v1.sends.toArray(),
      findings: await v1.table('findings').toArray(),
    };
    v1.close();

    const latest = open(deps);
    await latest.open();
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await latest.buyers.toArray()).toEqual(before.buyers);
    expect(await latest.contacts.toArray()).toEqual(before.contacts);
    expect(await latest.sends.toArray()).toEqual(before.sends);
    // Every version-1 field kept; the send's accounts and time copied on.
    const findings = await latest.findings.toArray();
    expect(findings).toEqual([
      { ...before.findings[0], accounts: ['acme.com'], sentAt: T0 },
      { ...before.findings[1], accounts: ['acme.com', 'globex.com'], sentAt: T0 + DAY },
      { ...before.findings[2], accounts: ['acme.com', 'globex.com'], sentAt: T0 + DAY },
    ]);
  });

  it('serves the new indexes after the upgrade', async () => {
    const deps = freshDeps();
    const v1 = open(deps, 1);
    await seedVersion1(v1);
    v1.close();

    const latest = open(deps);
    expect((await latest.findings.where('accounts').equals('globex.com').toArray()).map((f) => f.ruleId)).toEqual(['custom-demo', 'act-by-date']);
    expect(await latest.findings.where('sentAt').below(T0 + DAY).count()).toBe(1);
    expect((await openAsks(latest)).map((f) => f.ruleId)).toEqual(['act-by-date']);
    const detail = await buyerDetail(latest, 'acme.com');
    expect(detail?.timeline.map((t) => [t.send.sendKey, t.gives.length, t.gets.length])).toEqual([
      ['send-v1-0002', 1, 1],
      ['send-v1-0001', 1, 0],
    ]);

    // And records new sends as usual.
    await recordSend(latest, sent({ to: ['priya@acme.com'], at: T0 + 2 * DAY, gives: [GIVES.schedule], gets: [GETS.meeting] }), policy());
    expect(await latest.buyers.get('acme.com')).toMatchObject({ sends: 3, giveWeight: 6, getWeight: 5, balance: -1 });
  });
});
