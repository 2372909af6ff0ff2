/**
 * The typed protocol between the content script and the background. A
 * content script runs next to someone else's page, so whatever it sends is
 * checked again on arrival (shape, sizes, sender): the background trusts a
 * message only after `parseDraftSent` accepted it.
 *
 * A sent draft travels as its metadata and its findings' quotes only, never
 * the full text: the ledger needs what was given and what was asked for.
 */
import {
  GET_LEVELS,
  GIVE_CATEGORIES,
  VERDICTS,
  type Analysis,
  type GetLevel,
  type GiveCategory,
  type Verdict,
} from './engine/types.ts';
import type { Recipient, Recipients, WebmailHost } from './webmail/types.ts';
import { Invalid, finite, list, nullableString, object, oneOf, string, type Parsed } from './validate.ts';

export type { Parsed } from './validate.ts';

export const DRAFT_SENT = 'quid/draft-sent';

export const WEBMAIL_HOSTS: readonly WebmailHost[] = ['gmail', 'outlook'];

/** Size caps: a message over any of them is rejected, so the sender clamps first (`draftSentMessage`). */
export const LIMITS = {
  sendId: 64,
  /** Thread and conversation ids (Outlook's are ~150 characters of base64). */
  id: 512,
  subject: 500,
  address: 320,
  name: 200,
  /** Recipients per field. */
  recipients: 100,
  ruleId: 100,
  /** A finding's quote: the matched words, not the sentence. */
  quote: 300,
  /** Findings per kind. */
  findings: 100,
} as const;

export interface SentGive {
  ruleId: string;
  category: GiveCategory;
  text: string;
  /** The rep marked this give as deliberate ("yes, this one is a gift"). */
  intentional: boolean;
}

export interface SentGet {
  ruleId: string;
  level: GetLevel;
  text: string;
}

export interface SentAnalysis {
  verdict: Verdict;
  balance: number;
  gives: SentGive[];
  gets: SentGet[];
}

export interface DraftSentMessage {
  type: typeof DRAFT_SENT;
  /** A fresh id per send: the ledger records a second delivery of the same send once. */
  sendId: string;
  host: WebmailHost;
  /** The rep's own address when the page shows it (the default own domain), else null. */
  from: string | null;
  threadId: string | null;
  subject: string;
  recipients: Recipients;
  /** When the send was attempted, in milliseconds since the epoch. */
  sentAt: number;
  analysis: SentAnalysis;
}

export type QuidMessage = DraftSentMessage;

/** What the background answers. */
export type QuidResponse = { ok: true } | { ok: false; error: string };

// ---------------------------------------------------------------------------
// Building (content script side): clamp everything to the caps.

const clamp = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

function clampRecipient(r: Recipient): Recipient {
  return {
    address: r.address === null ? null : clamp(r.address, LIMITS.address),
    name: r.name === null ? null : clamp(r.name, LIMITS.name),
  };
}

function clampRecipients(list: readonly Recipient[]): Recipient[] {
  return list
    .filter((r) => r.address !== null || r.name !== null)
    .slice(0, LIMITS.recipients)
    .map(clampRecipient);
}

export interface DraftSentInput {
  sendId: string;
  host: WebmailHost;
  from?: string | null;
  threadId: string | null;
  subject: string;
  recipients: Recipients;
  sentAt: number;
  analysis: Pick<Analysis, 'verdict' | 'balance' | 'gives' | 'gets'>;
  /** Indexes into `analysis.gives` the rep marked intentional. */
  intentional?: ReadonlySet<number>;
}

/** The message for a sent draft, every string and list clamped to `LIMITS`. */
export function draftSentMessage(input: DraftSentInput): DraftSentMessage {
  const { analysis } = input;
  return {
    type: DRAFT_SENT,
    sendId: input.sendId,
    host: input.host,
    from: input.from == null ? null : clamp(input.from, LIMITS.address),
    threadId: input.threadId === null ? null : clamp(input.threadId, LIMITS.id),
    subject: clamp(input.subject, LIMITS.subject),
    recipients: {
      to: clampRecipients(input.recipients.to),
      cc: clampRecipients(input.recipients.cc),
      bcc: clampRecipients(input.recipients.bcc),
    },
    sentAt: input.sentAt,
    analysis: {
      verdict: analysis.verdict,
      balance: analysis.balance,
      gives: analysis.gives.slice(0, LIMITS.findings).map((g, i) => ({
        ruleId: clamp(g.ruleId, LIMITS.ruleId),
        category: g.category,
        text: clamp(g.text, LIMITS.quote),
        intentional: input.intentional?.has(i) ?? false,
      })),
      gets: analysis.gets.slice(0, LIMITS.findings).map((g) => ({
        ruleId: clamp(g.ruleId, LIMITS.ruleId),
        level: g.level,
        text: clamp(g.text, LIMITS.quote),
      })),
    },
  };
}

// ---------------------------------------------------------------------------
// Validation (background side): nothing is assumed about `value`.

function recipient(value: unknown, path: string): Recipient {
  const o = object(value, path, ['address', 'name']);
  const r = { address: nullableString(o.address, `${path}.address`, LIMITS.address), name: nullableString(o.name, `${path}.name`, LIMITS.name) };
  if (r.address === null && r.name === null) throw new Invalid(`${path}: neither address nor name`);
  return r;
}

function recipients(value: unknown, path: string): Recipients {
  const o = object(value, path, ['to', 'cc', 'bcc']);
  return {
    to: list(o.to, `${path}.to`, LIMITS.recipients, recipient),
    cc: list(o.cc, `${path}.cc`, LIMITS.recipients, recipient),
    bcc: list(o.bcc, `${path}.bcc`, LIMITS.recipients, recipient),
  };
}

function give(value: unknown, path: string): SentGive {
  const o = object(value, path, ['ruleId', 'category', 'text', 'intentional']);
  if (typeof o.intentional !== 'boolean') throw new Invalid(`${path}.intentional: not a boolean`);
  return {
    ruleId: string(o.ruleId, `${path}.ruleId`, LIMITS.ruleId),
    category: oneOf(o.category, `${path}.category`, GIVE_CATEGORIES),
    text: string(o.text, `${path}.text`, LIMITS.quote),
    intentional: o.intentional,
  };
}

function get(value: unknown, path: string): SentGet {
  const o = object(value, path, ['ruleId', 'level', 'text']);
  return {
    ruleId: string(o.ruleId, `${path}.ruleId`, LIMITS.ruleId),
    level: oneOf(o.level, `${path}.level`, GET_LEVELS),
    text: string(o.text, `${path}.text`, LIMITS.quote),
  };
}

function analysis(value: unknown, path: string): SentAnalysis {
  const o = object(value, path, ['verdict', 'balance', 'gives', 'gets']);
  return {
    verdict: oneOf(o.verdict, `${path}.verdict`, VERDICTS),
    balance: finite(o.balance, `${path}.balance`),
    gives: list(o.gives, `${path}.gives`, LIMITS.findings, give),
    gets: list(o.gets, `${path}.gets`, LIMITS.findings, get),
  };
}

function sendId(value: unknown): string {
  const id = string(value, 'message.sendId', LIMITS.sendId);
  if (!/^[\w-]{8,}$/.test(id)) throw new Invalid('message.sendId: not an id');
  return id;
}

/**
 * Accepts exactly a `DraftSentMessage`: every field present with its type,
 * no field it does not know, every string and list within `LIMITS`. Returns
 * a fresh copy, so nothing of the sender's object is kept.
 */
export function parseDraftSent(value: unknown): Parsed<DraftSentMessage> {
  try {
    const o = object(value, 'message', ['type', 'sendId', 'host', 'from', 'threadId', 'subject', 'recipients', 'sentAt', 'analysis']);
    if (o.type !== DRAFT_SENT) throw new Invalid(`message.type: not ${DRAFT_SENT}`);
    const sentAt = finite(o.sentAt, 'message.sentAt');
    if (sentAt <= 0) throw new Invalid('message.sentAt: not a time');
    return {
      ok: true,
      value: {
        type: DRAFT_SENT,
        sendId: sendId(o.sendId),
        host: oneOf(o.host, 'message.host', WEBMAIL_HOSTS),
        from: nullableString(o.from, 'message.from', LIMITS.address),
        threadId: nullableString(o.threadId, 'message.threadId', LIMITS.id),
        subject: string(o.subject, 'message.subject', LIMITS.subject),
        recipients: recipients(o.recipients, 'message.recipients'),
        sentAt,
        analysis: analysis(o.analysis, 'message.analysis'),
      },
    };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    return { ok: false, error: 'message: unreadable' };
  }
}

/** Is this a message of Quid's protocol at all (whatever its shape)? Lets other listeners have the rest. */
export function isQuidMessage(value: unknown): value is { type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && (value as { type: string }).type.startsWith('quid/');
}
