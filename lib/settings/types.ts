/**
 * The rep's settings, one record in the extension's `storage.local` (never
 * the webmail page's origin). Rule sets and rules are stored as the ones
 * switched *off*, so a rule set added by an update is on by default.
 */
import type { CustomRule } from '../engine/types.ts';

export interface AccountGroup {
  /** The account key the group is recorded under, e.g. `acme.com`. */
  account: string;
  /** Registrable domains folded into it, e.g. `acme-europe.de`. */
  domains: string[];
}

export interface Settings {
  disabledRuleSets: string[];
  disabledRules: string[];
  customRules: CustomRule[];
  /** The rep's own domains (mail only to them is internal). Empty: the sender's domain. */
  ownDomains: string[];
  /** Domains or addresses never recorded in the ledger. */
  neverRecord: string[];
  accountGroups: AccountGroup[];
  /** False: the ledger keeps categories and rule ids, not the matched words. */
  storeQuotes: boolean;
  /** Ledger rows older than this many days are deleted; null keeps everything. */
  retentionDays: number | null;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  disabledRuleSets: [],
  disabledRules: [],
  customRules: [],
  ownDomains: [],
  neverRecord: [],
  accountGroups: [],
  storeQuotes: true,
  retentionDays: 365,
};
