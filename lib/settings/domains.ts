/**
 * What the rep may type into the domain lists, normalised the way the ledger
 * compares them: trimmed and lower-cased. Each check answers with the value
 * to store or a message the options page shows as it is.
 */

export type EntryCheck = { ok: true; value: string } | { ok: false; message: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
// The local part as webmail shows it (see lib/webmail/addresses.ts): no quoting, no spaces.
const LOCAL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/;

export const MAX_ENTRY = 254;

/** True for a host name of two or more labels with an alphabetic top level: `acme.com`, `acme.co.uk`. */
export function isDomain(value: string): boolean {
  if (value.length > 253) return false;
  const labels = value.split('.');
  if (labels.length < 2) return false;
  return labels.every((l) => LABEL.test(l)) && TLD.test(labels[labels.length - 1] ?? '');
}

export function isEmailAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0 || value.length > MAX_ENTRY) return false;
  return LOCAL.test(value.slice(0, at)) && isDomain(value.slice(at + 1));
}

function clean(input: string): string {
  // "@acme.com" is how people often write "anyone at acme.com".
  return input.trim().toLowerCase().replace(/^@(?=[^@]+$)/, '');
}

export function checkDomain(input: string): EntryCheck {
  const value = clean(input);
  if (value === '') return { ok: false, message: 'Enter a domain, like acme.com.' };
  if (value.includes('@')) return { ok: false, message: `“${input.trim()}” is an address; enter only its domain, like acme.com.` };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(value) || value.includes('/')) {
    return { ok: false, message: `“${input.trim()}” looks like a web address; enter only the domain, like acme.com.` };
  }
  if (!isDomain(value)) return { ok: false, message: `“${input.trim()}” is not a domain. Enter one like acme.com.` };
  return { ok: true, value };
}

/** A domain (everyone there) or one address. */
export function checkDomainOrAddress(input: string): EntryCheck {
  const value = clean(input);
  if (value === '') return { ok: false, message: 'Enter a domain, like acme.com, or an address, like jane@acme.com.' };
  if (value.includes('@')) {
    return isEmailAddress(value)
      ? { ok: true, value }
      : { ok: false, message: `“${input.trim()}” is not an email address. Enter one like jane@acme.com, or a domain like acme.com.` };
  }
  const domain = checkDomain(value);
  return domain.ok ? domain : { ok: false, message: `“${input.trim()}” is neither a domain nor an address. Enter one like acme.com or jane@acme.com.` };
}

/** Several entries typed at once, separated by commas, semicolons or spaces. */
export function splitEntries(input: string): string[] {
  return input.split(/[\s,;]+/).filter((s) => s !== '');
}
