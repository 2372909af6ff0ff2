/**
 * Which buyer account a recipient belongs to. A company is its registrable
 * domain (the public-suffix list decides: `mail.acme.co.uk` → `acme.co.uk`);
 * at a personal-mail provider every address is its own account, because
 * `jane@gmail.com` and `joe@gmail.com` are not one company.
 */
import { getDomain, getDomainWithoutSuffix } from 'tldts';
import type { Recipient, Recipients } from '../webmail/types.ts';
import type { AccountKey, AccountPolicy } from './types.ts';

/** Providers whose addresses are people, not companies (registrable domains). */
export const PERSONAL_PROVIDERS: readonly string[] = [
  'gmail.com', 'googlemail.com',
  'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'passport.com',
  'yahoo.com', 'ymail.com', 'rocketmail.com',
  'icloud.com', 'me.com', 'mac.com',
  'aol.com', 'aim.com',
  'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me',
  'web.de', 'mail.com', 'email.com', 'zoho.com', 'zohomail.com',
  'ya.ru', 'fastmail.com', 'fastmail.fm', 'hey.com',
  'tutanota.com', 'tutanota.de', 'tuta.io', 'tuta.com', 'posteo.de', 'mailbox.org',
  'mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'rambler.ru',
  'qq.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'naver.com', 'daum.net', 'hanmail.net',
  'seznam.cz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl',
  't-online.de', 'freenet.de', 'arcor.de',
  'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr',
  'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it',
  'btinternet.com', 'sky.com', 'virginmedia.com', 'ntlworld.com',
  'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'cox.net', 'charter.net', 'earthlink.net',
  'shaw.ca', 'rogers.com', 'sympatico.ca', 'bigpond.com', 'optusnet.com.au', 'xtra.co.nz',
  'rediffmail.com', 'uol.com.br', 'bol.com.br', 'terra.com.br',
];

/** Providers with a domain per country (`yahoo.co.uk`, `gmx.de`, `hotmail.fr`): matched under any public suffix. */
export const PERSONAL_PROVIDER_BRANDS: readonly string[] = ['gmail', 'yahoo', 'hotmail', 'outlook', 'live', 'gmx', 'yandex'];

const personalDomains = new Set(PERSONAL_PROVIDERS);
const personalBrands = new Set(PERSONAL_PROVIDER_BRANDS);

/** The registrable domain of a host, lower-cased; null for an IP, a bare suffix or anything not a host name. */
export function registrableDomain(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (h === '' || /[\s@/\\:[\]]/.test(h)) return null;
  return getDomain(h);
}

export function isPersonalProvider(domain: string): boolean {
  const d = registrableDomain(domain);
  if (d === null) return false;
  return personalDomains.has(d) || personalBrands.has(getDomainWithoutSuffix(d) ?? '');
}

interface Mailbox {
  address: string;
  host: string;
  domain: string;
}

function mailbox(address: string): Mailbox | null {
  const a = address.trim().toLowerCase();
  const at = a.lastIndexOf('@');
  if (at < 1) return null;
  const host = a.slice(at + 1).replace(/\.$/, '');
  const domain = registrableDomain(host);
  return domain === null ? null : { address: a, host, domain };
}

/** A setting's entry as typed by the rep: `Acme.com`, `@acme.com`, `*.acme.com` all mean the domain. */
function normalizeEntry(entry: string): string {
  const e = entry.trim().toLowerCase().replace(/\.$/, '');
  if (e.startsWith('*.')) return e.slice(2);
  if (e.startsWith('@')) return e.slice(1);
  return e;
}

/** The policy compiled into lookups once per send, not once per recipient. */
interface CompiledPolicy {
  ownDomains: Set<string>;
  ownAddresses: Set<string>;
  neverAddresses: Set<string>;
  neverDomains: Set<string>;
  groups: Map<string, AccountKey>;
}

const compiled = new WeakMap<AccountPolicy, CompiledPolicy>();

function compile(policy: AccountPolicy): CompiledPolicy {
  const cached = compiled.get(policy);
  if (cached) return cached;
  const c: CompiledPolicy = { ownDomains: new Set(), ownAddresses: new Set(), neverAddresses: new Set(), neverDomains: new Set(), groups: new Map() };
  for (const raw of policy.ownDomains) {
    const e = normalizeEntry(raw);
    if (e.includes('@')) c.ownAddresses.add(e);
    // A personal provider is nobody's company: sending from gmail.com must not make every gmail buyer internal.
    else if (!isPersonalProvider(e)) c.ownDomains.add(registrableDomain(e) ?? e);
  }
  for (const raw of policy.neverRecord) {
    const e = normalizeEntry(raw);
    if (e.includes('@')) c.neverAddresses.add(e);
    else if (e !== '') c.neverDomains.add(e);
  }
  for (const group of policy.groups) {
    const account = normalizeEntry(group.account);
    if (account === '') continue;
    for (const raw of group.domains) {
      const e = normalizeEntry(raw);
      if (e !== '') c.groups.set(registrableDomain(e) ?? e, account);
    }
  }
  compiled.set(policy, c);
  return c;
}

/**
 * The account an address is recorded under, or null when it is not a buyer:
 * not an address, never recorded, or internal (one of the rep's own domains,
 * subdomains included).
 */
export function accountFor(address: string, policy: AccountPolicy): AccountKey | null {
  const m = mailbox(address);
  if (m === null) return null;
  const c = compile(policy);
  if (c.neverAddresses.has(m.address) || c.neverDomains.has(m.host) || c.neverDomains.has(m.domain)) return null;
  if (c.ownAddresses.has(m.address) || c.ownDomains.has(m.domain)) return null;
  const grouped = c.groups.get(m.host) ?? c.groups.get(m.domain);
  if (grouped !== undefined) return grouped;
  return isPersonalProvider(m.domain) ? m.address : m.domain;
}

/**
 * The buyer accounts of one email (to, cc and bcc), each with its recipients
 * (addresses lower-cased, each once). Empty when every recipient is internal
 * or excluded: such an email is not recorded.
 *
 * A recipient shown with a name only cannot be placed by domain; when the
 * email went to exactly one account it can only belong there, so it is kept
 * as a contact of that account, otherwise it is dropped.
 */
export function buyerAccounts(recipients: Recipients, policy: AccountPolicy): Map<AccountKey, Recipient[]> {
  const accounts = new Map<AccountKey, Recipient[]>();
  const nameOnly: Recipient[] = [];
  for (const r of [...recipients.to, ...recipients.cc, ...recipients.bcc]) {
    if (r.address === null) {
      const name = r.name?.trim() ?? '';
      if (name !== '' && !nameOnly.some((n) => n.name === name)) nameOnly.push({ address: null, name });
      continue;
    }
    const account = accountFor(r.address, policy);
    if (account === null) continue;
    const address = r.address.trim().toLowerCase();
    const name = r.name?.trim() || null;
    const list = accounts.get(account) ?? [];
    const existing = list.find((x) => x.address === address);
    if (existing) existing.name ??= name;
    else list.push({ address, name });
    accounts.set(account, list);
  }
  if (accounts.size === 1 && nameOnly.length > 0) {
    const [only] = accounts.values();
    only?.push(...nameOnly);
  }
  return accounts;
}
