import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze.ts';
import { DRAFT_SENT, LIMITS, draftSentMessage, isQuidMessage, parseDraftSent, type DraftSentMessage } from '../../lib/messages.ts';

const GIVE = 'I can take 15% off the first year.';
const GET = 'Can you sign the order form by Friday?';

function valid(): DraftSentMessage {
  return draftSentMessage({
    sendId: crypto.randomUUID(),
    host: 'gmail',
    threadId: 'thread-a:r-1',
    subject: 'Pricing',
    recipients: { to: [{ address: 'priya@fabrikam.example', name: 'Priya Raman' }], cc: [], bcc: [] },
    sentAt: 1_780_000_000_000,
    analysis: analyze(`${GIVE} ${GET}`, { format: 'text' }),
  });
}

/** A deep copy of a valid message with one change (malformed on purpose, hence untyped). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point is to build what the types forbid
type Loose = Record<string, any>;
function tweak(change: (m: Loose) => void): unknown {
  const m = structuredClone(valid()) as Loose;
  change(m);
  return m;
}

describe('draftSentMessage', () => {
  it('carries the findings and their quotes, not the draft', () => {
    const m = valid();
    expect(m.type).toBe(DRAFT_SENT);
    expect(m.analysis.verdict).toBe('reciprocated');
    expect(m.analysis.gives).toHaveLength(1);
    expect(m.analysis.gives[0]).toMatchObject({ category: 'price', intentional: false });
    expect(m.analysis.gets[0]).toMatchObject({ level: 'commitment' });
    expect(Object.keys(m.analysis).sort()).toEqual(['balance', 'gets', 'gives', 'verdict']);
    expect(JSON.stringify(m)).not.toContain(GIVE);
  });

  it('clamps every string and list to the limits, so a real draft is never rejected', () => {
    const long = 'x'.repeat(5000);
    const many = Array.from({ length: 300 }, (_, i) => ({ address: `p${i}@example.test`, name: long }));
    const m = draftSentMessage({
    sendId: crypto.randomUUID(),
      host: 'outlook',
      threadId: long,
      subject: long,
      recipients: { to: many, cc: [{ address: null, name: null }], bcc: [] },
      sentAt: 1,
      analysis: analyze(GIVE, { format: 'text' }),
      intentional: new Set([0]),
    });
    expect(m.subject).toHaveLength(LIMITS.subject);
    expect(m.threadId).toHaveLength(LIMITS.id);
    expect(m.recipients.to).toHaveLength(LIMITS.recipients);
    expect(m.recipients.to[0]?.name).toHaveLength(LIMITS.name);
    // A recipient with neither address nor name carries nothing: dropped.
    expect(m.recipients.cc).toEqual([]);
    expect(m.analysis.gives[0]?.intentional).toBe(true);
    expect(parseDraftSent(m).ok).toBe(true);
  });
});

describe('parseDraftSent', () => {
  it('accepts a valid message and returns a copy', () => {
    const m = valid();
    const parsed = parseDraftSent(m);
    expect(parsed).toEqual({ ok: true, value: m });
    if (parsed.ok) expect(parsed.value).not.toBe(m);
  });

  it('accepts a null thread id and empty lists', () => {
    expect(parseDraftSent(tweak((m) => {
      m.threadId = null;
      m.recipients = { to: [], cc: [], bcc: [] };
      m.analysis.gives = [];
      m.analysis.gets = [];
    })).ok).toBe(true);
  });

  const bad: [string, unknown][] = [
    ['not an object', 'quid/draft-sent'],
    ['null', null],
    ['an array', []],
    ['another type', tweak((m) => (m.type = 'quid/other'))],
    ['an unknown host', tweak((m) => (m.host = 'yahoo'))],
    ['a missing subject', tweak((m) => delete m.subject)],
    ['a field it does not know (the full draft)', tweak((m) => (m.body = 'the whole draft'))],
    ['a subject too long', tweak((m) => (m.subject = 'x'.repeat(LIMITS.subject + 1)))],
    ['a numeric thread id', tweak((m) => (m.threadId = 42))],
    ['sentAt as a string', tweak((m) => (m.sentAt = '2026-07-01'))],
    ['sentAt not finite', tweak((m) => (m.sentAt = Number.NaN))],
    ['sentAt zero', tweak((m) => (m.sentAt = 0))],
    ['recipients not split by field', tweak((m) => (m.recipients = [{ address: 'a@b.c', name: null }]))],
    ['too many recipients', tweak((m) => (m.recipients.to = Array.from({ length: LIMITS.recipients + 1 }, () => ({ address: 'a@b.c', name: null }))))],
    ['a recipient with neither address nor name', tweak((m) => (m.recipients.cc = [{ address: null, name: null }]))],
    ['an address too long', tweak((m) => (m.recipients.to[0].address = `${'a'.repeat(LIMITS.address)}@b.c`))],
    ['an unknown verdict', tweak((m) => (m.analysis.verdict = 'fine'))],
    ['a balance that is not a number', tweak((m) => (m.analysis.balance = '3'))],
    ['an unknown give category', tweak((m) => (m.analysis.gives[0].category = 'love'))],
    ['an unknown get level', tweak((m) => (m.analysis.gets[0].level = 'vibes'))],
    ['a give without its intentional flag', tweak((m) => delete m.analysis.gives[0].intentional)],
    ['a quote too long', tweak((m) => (m.analysis.gives[0].text = 'x'.repeat(LIMITS.quote + 1)))],
    ['too many findings', tweak((m) => (m.analysis.gets = Array.from({ length: LIMITS.findings + 1 }, () => m.analysis.gets[0])))],
    ['the full text inside the analysis', tweak((m) => (m.analysis.text = 'the whole draft'))],
  ];
  it.each(bad)('rejects %s', (_name, message) => {
    const parsed = parseDraftSent(message);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^message/);
  });

  it('survives a hostile object (a throwing getter)', () => {
    const m = tweak(() => undefined) as Record<string, unknown>;
    Object.defineProperty(m, 'subject', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(parseDraftSent(m)).toEqual({ ok: false, error: 'message: unreadable' });
  });
});

describe('isQuidMessage', () => {
  it("tells Quid's protocol from other messages", () => {
    expect(isQuidMessage(valid())).toBe(true);
    expect(isQuidMessage({ type: 'other/thing' })).toBe(false);
    expect(isQuidMessage('quid/draft-sent')).toBe(false);
    expect(isQuidMessage(null)).toBe(false);
  });
});
