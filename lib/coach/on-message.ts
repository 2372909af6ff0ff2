/**
 * The background's answer to Quid's messages. A message's rights depend on
 * who sent it: only this extension's own content script, running in a tab
 * on a webmail host, may report a sent draft (for the host it runs on) or
 * ask for its recipients' aggregates or an analysis of its draft; only the extension's own pages
 * (popup, options) may change the ledger. Everything else is dropped with a
 * reason.
 */
import type { Browser } from 'wxt/browser';
import { hostFor } from '../webmail/detect.ts';
import { DRAFT_SENT, isQuidMessage, parseDraftSent, type DraftSentMessage, type QuidResponse } from '../messages.ts';
import {
  BUYER_SUMMARY,
  DELETE_ALL,
  DELETE_BUYER,
  IMPORT,
  SET_STATUS,
  parseBuyerSummaryRequest,
  parseLedgerCommand,
  type BuyerSummaryRequest,
  type CommandResult,
  type LedgerCommand,
  type SummaryResult,
} from '../ledger/protocol.ts';
import type { BuyerSummary } from '../ledger/types.ts';
import type { Analysis } from '../engine/types.ts';
import { ANALYZE, parseAnalyzeRequest, type AnalyzeRequest, type AnalyzeResult } from './analyze-protocol.ts';

const COMMANDS: readonly string[] = [SET_STATUS, DELETE_BUYER, DELETE_ALL, IMPORT];

export interface MessageHandlerOptions {
  /** This extension's id (`browser.runtime.id`). */
  runtimeId: string;
  /** The extension's page origin (`chrome-extension://<id>`): only pages there may change the ledger. */
  extensionOrigin: string;
  /** Where an accepted sent draft goes. */
  record: (message: DraftSentMessage) => Promise<void>;
  /** Aggregates for a draft's recipients (never quotes). */
  summaries: (request: BuyerSummaryRequest) => Promise<BuyerSummary[]>;
  /** The engine's reading of a draft, with the rep's current settings. */
  analyze: (request: AnalyzeRequest) => Promise<Analysis>;
  /** Carries out a change the popup or options page asked for. */
  command: (command: LedgerCommand) => Promise<CommandResult>;
}

type Answer = QuidResponse | CommandResult | SummaryResult | AnalyzeResult;

type Sender = Browser.runtime.MessageSender;

/** Why a sender may not report a send, or null when it may. */
export function senderProblem(sender: Sender, runtimeId: string, host: string): string | null {
  if (sender.id !== runtimeId) return 'sender: not this extension';
  if (!sender.tab) return 'sender: not a content script in a tab';
  let hostname: string;
  try {
    hostname = new URL(sender.url ?? sender.tab.url ?? '').hostname;
  } catch {
    return 'sender: no page URL';
  }
  if (hostFor(hostname) !== host) return 'sender: page is not the webmail host named in the message';
  return null;
}

/** Why a sender may not change the ledger, or null when it is one of the extension's own pages. */
export function pageProblem(sender: Sender, runtimeId: string, extensionOrigin: string): string | null {
  if (sender.id !== runtimeId) return 'sender: not this extension';
  let origin: string;
  try {
    origin = new URL(sender.url ?? '').origin;
  } catch {
    return 'sender: no page URL';
  }
  return origin === extensionOrigin ? null : 'sender: not an extension page';
}

/** Any webmail tab of this extension's content script (for requests that name no host). */
function webmailTabProblem(sender: Sender, runtimeId: string): string | null {
  if (sender.id !== runtimeId) return 'sender: not this extension';
  if (!sender.tab) return 'sender: not a content script in a tab';
  try {
    return hostFor(new URL(sender.url ?? sender.tab.url ?? '').hostname) ? null : 'sender: not a webmail page';
  } catch {
    return 'sender: no page URL';
  }
}

/**
 * A `runtime.onMessage` listener. It answers through `sendResponse` (and
 * returns true to keep the channel open while the store writes), the form
 * every browser and WXT's fake browser understand. Messages outside Quid's
 * protocol are left to other listeners.
 */
export function createMessageHandler(options: MessageHandlerOptions) {
  return (message: unknown, sender: Sender, sendResponse: (response: Answer) => void): boolean => {
    if (!isQuidMessage(message)) return false;
    const reject = (error: string) => {
      console.debug(`[quid] message rejected: ${error}`);
      sendResponse({ ok: false, error });
      return false;
    };
    const answer = <T extends Answer>(work: Promise<T>, failure: string) => {
      work.then(sendResponse, (error: unknown) => {
        console.debug('[quid] message failed', error);
        sendResponse({ ok: false, error: failure });
      });
      return true;
    };

    if (message.type === DRAFT_SENT) {
      const parsed = parseDraftSent(message);
      if (!parsed.ok) return reject(parsed.error);
      const problem = senderProblem(sender, options.runtimeId, parsed.value.host);
      if (problem) return reject(problem);
      return answer(options.record(parsed.value).then((): QuidResponse => ({ ok: true })), 'store: write failed');
    }
    if (message.type === ANALYZE) {
      const problem = webmailTabProblem(sender, options.runtimeId);
      if (problem) return reject(problem);
      const parsed = parseAnalyzeRequest(message);
      if (!parsed.ok) return reject(parsed.error);
      return answer(options.analyze(parsed.value).then((analysis): AnalyzeResult => ({ ok: true, analysis })), 'engine: the analysis failed');
    }
    if (message.type === BUYER_SUMMARY) {
      const problem = webmailTabProblem(sender, options.runtimeId);
      if (problem) return reject(problem);
      const parsed = parseBuyerSummaryRequest(message);
      if (!parsed.ok) return reject(parsed.error);
      return answer(options.summaries(parsed.value).then((summaries): SummaryResult => ({ ok: true, summaries })), 'ledger: read failed');
    }
    if (COMMANDS.includes(message.type)) {
      const problem = pageProblem(sender, options.runtimeId, options.extensionOrigin);
      if (problem) return reject(problem);
      const parsed = parseLedgerCommand(message);
      if (!parsed.ok) return reject(parsed.error);
      return answer(options.command(parsed.value), 'ledger: the change could not be saved');
    }
    return reject(`type: unknown ${message.type.slice(0, 40)}`);
  };
}
