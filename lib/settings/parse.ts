/**
 * Reads settings from storage, where they may come from an older version of
 * Quid, a newer one, or a corrupted write. Never throws: every field is read
 * on its own, what is valid is kept and what is not falls back to its
 * default, so one bad entry cannot cost the rep the rest of their settings.
 */
import { checkCustomRule } from '../engine/compile.ts';
import { GET_LEVELS, GIVE_CATEGORIES, type CustomRule } from '../engine/types.ts';
import { checkDomain, checkDomainOrAddress, type EntryCheck } from './domains.ts';
import { DEFAULT_SETTINGS, type AccountGroup, type Settings } from './types.ts';

/** No list the rep edits by hand comes near this; a longer one is a corrupted write. */
export const MAX_LIST = 1000;
export const MAX_ID = 200;
export const RETENTION_MIN = 1;
export const RETENTION_MAX = 3650;

export interface SettingsReport {
  settings: Settings;
  /** What was dropped or defaulted, one line each; empty when `value` was a valid Settings. */
  problems: string[];
}

type Obj = Record<string, unknown>;

/** Why one entry of a list was dropped (a class, so a list of strings can tell it from an entry). */
class Dropped {
  constructor(readonly reason: string) {}
}

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseSettings(value: unknown): Settings {
  return readSettings(value).settings;
}

export function isValidRetention(days: unknown): days is number | null {
  return days === null || (typeof days === 'number' && Number.isInteger(days) && days >= RETENTION_MIN && days <= RETENTION_MAX);
}

/** `parseSettings` with the reasons: `saveSettings` refuses a value that has any. */
export function readSettings(value: unknown): SettingsReport {
  const problems: string[] = [];
  const o: Obj = isObject(value) ? value : {};
  if (!isObject(value)) problems.push('Settings: not an object.');

  const field = <T>(key: keyof Settings, read: (v: unknown) => T, fallback: () => T): T => {
    if (!(key in o)) {
      problems.push(`${key}: missing.`);
      return fallback();
    }
    return read(o[key]);
  };
  const list = <T>(key: keyof Settings, v: unknown, item: (x: unknown, i: number) => T | Dropped): T[] => {
    if (!Array.isArray(v)) {
      problems.push(`${key}: not a list.`);
      return [];
    }
    if (v.length > MAX_LIST) problems.push(`${key}: more than ${MAX_LIST} entries; the rest were dropped.`);
    const out: T[] = [];
    v.slice(0, MAX_LIST).forEach((x, i) => {
      const r = item(x, i);
      if (r instanceof Dropped) problems.push(`${key}[${i}]: ${r.reason}`);
      else out.push(r);
    });
    return out;
  };
  // Normalised entries, each kept once.
  const entries = (key: keyof Settings, v: unknown, check: (s: string) => EntryCheck): string[] => {
    const seen = new Set<string>();
    return list(key, v, (x) => {
      if (typeof x !== 'string') return new Dropped('not text.');
      const r = check(x);
      if (!r.ok) return new Dropped(r.message);
      if (seen.has(r.value)) return new Dropped(`${r.value} is listed twice.`);
      seen.add(r.value);
      return r.value;
    });
  };
  const ids = (key: keyof Settings, v: unknown): string[] =>
    // Ids of rules and sets this version does not know are kept: a set missing from one version must not
    // come back switched on when the next restores it.
    entries(key, v, (x) => {
      const id = x.trim();
      return id === '' || id.length > MAX_ID ? { ok: false, message: 'not an id.' } : { ok: true, value: id };
    });

  const customIds = new Set<string>();
  const settings: Settings = {
    disabledRuleSets: field('disabledRuleSets', (v) => ids('disabledRuleSets', v), () => []),
    disabledRules: field('disabledRules', (v) => ids('disabledRules', v), () => []),
    customRules: field(
      'customRules',
      (v) =>
        list('customRules', v, (x) => {
          const rule = readCustomRule(x);
          if (typeof rule === 'string') return new Dropped(rule);
          if (customIds.has(rule.id)) return new Dropped(`the id ${rule.id} is used twice.`);
          customIds.add(rule.id);
          return rule;
        }),
      () => [],
    ),
    ownDomains: field('ownDomains', (v) => entries('ownDomains', v, checkDomain), () => []),
    neverRecord: field('neverRecord', (v) => entries('neverRecord', v, checkDomainOrAddress), () => []),
    accountGroups: field('accountGroups', (v) => readGroups(v, problems), () => []),
    storeQuotes: field(
      'storeQuotes',
      (v) => {
        if (typeof v === 'boolean') return v;
        problems.push('storeQuotes: not true or false.');
        return DEFAULT_SETTINGS.storeQuotes;
      },
      () => DEFAULT_SETTINGS.storeQuotes,
    ),
    retentionDays: field(
      'retentionDays',
      (v) => {
        if (isValidRetention(v)) return v;
        problems.push(`retentionDays: not a whole number of days from ${RETENTION_MIN} to ${RETENTION_MAX}, nor null.`);
        return DEFAULT_SETTINGS.retentionDays;
      },
      () => DEFAULT_SETTINGS.retentionDays,
    ),
  };
  return { settings, problems };
}

function readCustomRule(x: unknown): CustomRule | string {
  if (!isObject(x)) return 'not a rule.';
  const { id, kind, phrase, isPattern } = x;
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID) return 'the rule has no valid id.';
  if (typeof phrase !== 'string') return 'the rule has no phrase.';
  if (isPattern !== undefined && typeof isPattern !== 'boolean') return 'isPattern is not true or false.';
  const flag = isPattern ? { isPattern: true } : {};
  let rule: CustomRule;
  if (kind === 'give') {
    const category = GIVE_CATEGORIES.find((c) => c === x.category);
    if (!category) return `the give category ${String(x.category)} is unknown.`;
    rule = { id, kind, category, phrase, ...flag };
  } else if (kind === 'get') {
    const level = GET_LEVELS.find((l) => l === x.level);
    if (!level) return `the get level ${String(x.level)} is unknown.`;
    rule = { id, kind, level, phrase, ...flag };
  } else {
    return 'the rule is neither a give nor a get.';
  }
  const check = checkCustomRule(rule);
  return check.ok ? rule : check.message;
}

/** Groups keyed by a domain; a domain belongs to one group only (the first that names it). */
function readGroups(v: unknown, problems: string[]): AccountGroup[] {
  if (!Array.isArray(v)) {
    problems.push('accountGroups: not a list.');
    return [];
  }
  if (v.length > MAX_LIST) problems.push(`accountGroups: more than ${MAX_LIST} entries; the rest were dropped.`);
  const claimed = new Set<string>();
  const groups: AccountGroup[] = [];
  v.slice(0, MAX_LIST).forEach((x, i) => {
    const where = `accountGroups[${i}]`;
    if (!isObject(x) || typeof x.account !== 'string' || !Array.isArray(x.domains)) {
      problems.push(`${where}: not a group.`);
      return;
    }
    const account = checkDomain(x.account);
    if (!account.ok) {
      problems.push(`${where}: ${account.message}`);
      return;
    }
    if (claimed.has(account.value)) {
      problems.push(`${where}: ${account.value} is already in another group.`);
      return;
    }
    const domains: string[] = [];
    for (const d of x.domains.slice(0, MAX_LIST) as unknown[]) {
      const domain = typeof d === 'string' ? checkDomain(d) : null;
      if (!domain?.ok) {
        problems.push(`${where}: ${domain ? domain.message : 'a domain is not text.'}`);
      } else if (domain.value === account.value || domains.includes(domain.value)) {
        problems.push(`${where}: ${domain.value} is listed twice.`);
      } else if (claimed.has(domain.value)) {
        problems.push(`${where}: ${domain.value} is already in another group.`);
      } else {
        domains.push(domain.value);
      }
    }
    if (domains.length === 0) {
      problems.push(`${where}: the group has no other domain.`);
      return;
    }
    claimed.add(account.value);
    for (const d of domains) claimed.add(d);
    groups.push({ account: account.value, domains });
  });
  return groups;
}
