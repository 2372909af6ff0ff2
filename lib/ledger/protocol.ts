/**
 * Messages about the ledger. Extension pages (popup, options) ask the
 * background for every change, so one context writes the database; a
 * content script may only ask for aggregates about a draft's recipients.
 * Every message is validated on arrival like `quid/draft-sent`.
 */
import { LIMITS } from '../messages.ts';
import { finite, list, nullableString, object, oneOf, parseWith, string, Invalid, type Parsed } from '../validate.ts';
import type { Recipient, Recipients } from '../webmail/types.ts';
import { GET_STATUSES, GIVE_STATUSES, type BuyerSummary, type FindingStatus, type ImportResult } from './types.ts';

export const SET_STATUS = 'quid/ledger-set-status';
export const DELETE_BUYER = 'quid/ledger-delete-buyer';
export const DELETE_ALL = 'quid/ledger-delete-all';
export const IMPORT = 'quid/ledger-import';
export const BUYER_SUMMARY = 'quid/buyer-summary';
/** Popup → content script: stop coaching on this tab until it reloads. */
export const PAUSE = 'quid/pause';

export type LedgerCommand =
  | { type: typeof SET_STATUS; findingId: number; status: FindingStatus }
  | { type: typeof DELETE_BUYER; account: string }
  | { type: typeof DELETE_ALL }
  | { type: typeof IMPORT; data: unknown };

export interface BuyerSummaryRequest {
  type: typeof BUYER_SUMMARY;
  recipients: Recipients;
  from: string | null;
}

export type CommandResult = { ok: true; imported?: ImportResult } | { ok: false; error: string };
export type SummaryResult = { ok: true; summaries: BuyerSummary[] } | { ok: false; error: string };

const STATUSES: readonly FindingStatus[] = [...GIVE_STATUSES, ...GET_STATUSES];

/** Accepts exactly one of the ledger commands. An import's `data` is validated by the ledger itself. */
export function parseLedgerCommand(value: unknown): Parsed<LedgerCommand> {
  return parseWith((): LedgerCommand => {
    const type = (value as { type?: unknown } | null)?.type;
    switch (type) {
      case SET_STATUS: {
        const o = object(value, 'message', ['type', 'findingId', 'status']);
        const findingId = finite(o.findingId, 'message.findingId');
        if (!Number.isInteger(findingId) || findingId < 1) throw new Invalid('message.findingId: not an id');
        return { type, findingId, status: oneOf(o.status, 'message.status', STATUSES) };
      }
      case DELETE_BUYER: {
        const o = object(value, 'message', ['type', 'account']);
        return { type, account: string(o.account, 'message.account', LIMITS.address) };
      }
      case DELETE_ALL:
        object(value, 'message', ['type']);
        return { type };
      case IMPORT: {
        const o = object(value, 'message', ['type', 'data']);
        return { type, data: o.data };
      }
      default:
        throw new Invalid('message.type: not a ledger command');
    }
  }, 'message');
}

function recipient(value: unknown, path: string): Recipient {
  const o = object(value, path, ['address', 'name']);
  return { address: nullableString(o.address, `${path}.address`, LIMITS.address), name: nullableString(o.name, `${path}.name`, LIMITS.name) };
}

export function parseBuyerSummaryRequest(value: unknown): Parsed<BuyerSummaryRequest> {
  return parseWith((): BuyerSummaryRequest => {
    const o = object(value, 'message', ['type', 'recipients', 'from']);
    if (o.type !== BUYER_SUMMARY) throw new Invalid(`message.type: not ${BUYER_SUMMARY}`);
    const r = object(o.recipients, 'message.recipients', ['to', 'cc', 'bcc']);
    return {
      type: BUYER_SUMMARY,
      recipients: {
        to: list(r.to, 'message.recipients.to', LIMITS.recipients, recipient),
        cc: list(r.cc, 'message.recipients.cc', LIMITS.recipients, recipient),
        bcc: list(r.bcc, 'message.recipients.bcc', LIMITS.recipients, recipient),
      },
      from: nullableString(o.from, 'message.from', LIMITS.address),
    };
  }, 'message');
}
