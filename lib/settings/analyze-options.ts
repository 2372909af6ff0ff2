/**
 * Settings turned into what the engine and the ledger take. Kept apart from
 * the store so the content script and the CLI can use them without storage.
 */
import type { AnalyzeOptions } from '../engine/types.ts';
import type { AccountPolicy } from '../ledger/types.ts';
import { RULE_SETS } from '../rules/registry.ts';
import type { Settings } from './types.ts';

/** The registry's sets minus the ones switched off, the rules switched off, and the rep's own rules. */
export function toAnalyzeOptions(settings: Settings): AnalyzeOptions {
  const off = new Set(settings.disabledRuleSets);
  return {
    ruleSets: RULE_SETS.filter((s) => !off.has(s.id)).map((s) => s.id),
    disabledRules: [...settings.disabledRules],
    customRules: [...settings.customRules],
  };
}

/**
 * Who counts as a buyer for a send from `senderAddress`. With no own domains
 * set, the sender's domain is the rep's company, so colleagues are internal.
 */
export function toAccountPolicy(settings: Settings, senderAddress: string | null): AccountPolicy {
  const lower = (s: string) => s.trim().toLowerCase();
  let ownDomains = settings.ownDomains.map(lower);
  if (ownDomains.length === 0 && senderAddress) {
    const at = senderAddress.lastIndexOf('@');
    const domain = at >= 0 ? lower(senderAddress.slice(at + 1)) : '';
    if (domain !== '') ownDomains = [domain];
  }
  // The rep's own address is never a buyer, even at a personal provider (whose domain the ledger never treats as own).
  if (senderAddress && senderAddress.includes('@')) ownDomains = [...ownDomains, lower(senderAddress)];
  return {
    ownDomains,
    neverRecord: settings.neverRecord.map(lower),
    groups: settings.accountGroups.map((g) => ({ account: lower(g.account), domains: g.domains.map(lower) })),
    storeQuotes: settings.storeQuotes,
  };
}
