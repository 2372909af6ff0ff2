/**
 * The ledger as the background runs it: every write the extension makes,
 * with the settings read fresh for each (the options may have changed since
 * the last send), and retention applied on a schedule.
 */
import type { DraftSentMessage } from '../messages.ts';
import { toAccountPolicy } from '../settings/analyze-options.ts';
import type { Settings } from '../settings/types.ts';
import { buyerAccounts } from './accounts.ts';
import type { LedgerDb } from './db.ts';
import { deleteAll, deleteBuyer, purgeOlderThan, setFindingStatus } from './mutate.ts';
import { DELETE_ALL, DELETE_BUYER, IMPORT, SET_STATUS, type BuyerSummaryRequest, type CommandResult, type LedgerCommand } from './protocol.ts';
import { buyerSummaries } from './queries.ts';
import { recordSend } from './record.ts';
import { importLedger, parseLedgerExport } from './transfer.ts';
import type { BuyerSummary } from './types.ts';

const DAY = 24 * 60 * 60 * 1000;

export interface LedgerServiceDeps {
  db: LedgerDb;
  settings: () => Promise<Settings>;
  now?: () => number;
}

export interface LedgerService {
  record(message: DraftSentMessage): Promise<void>;
  summaries(request: BuyerSummaryRequest): Promise<BuyerSummary[]>;
  command(command: LedgerCommand): Promise<CommandResult>;
  /** Deletes what is older than the retention setting; returns how many sends went. */
  purgeExpired(): Promise<number>;
}

export function createLedgerService({ db, settings, now = Date.now }: LedgerServiceDeps): LedgerService {
  return {
    async record(message) {
      await recordSend(db, message, toAccountPolicy(await settings(), message.from));
    },

    async summaries(request) {
      const accounts = buyerAccounts(request.recipients, toAccountPolicy(await settings(), request.from));
      return accounts.size === 0 ? [] : buyerSummaries(db, [...accounts.keys()], { now: now() });
    },

    async command(command) {
      switch (command.type) {
        case SET_STATUS:
          await setFindingStatus(db, command.findingId, command.status);
          return { ok: true };
        case DELETE_BUYER:
          await deleteBuyer(db, command.account);
          return { ok: true };
        case DELETE_ALL:
          await deleteAll(db);
          return { ok: true };
        case IMPORT: {
          const parsed = parseLedgerExport(command.data);
          if (!parsed.ok) return { ok: false, error: `Not imported: ${parsed.error}. Nothing was changed.` };
          return { ok: true, imported: await importLedger(db, parsed.value) };
        }
      }
    },

    async purgeExpired() {
      const { retentionDays } = await settings();
      return retentionDays === null ? 0 : purgeOlderThan(db, now() - retentionDays * DAY);
    },
  };
}
