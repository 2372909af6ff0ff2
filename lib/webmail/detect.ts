import type { AdapterOptions, WebmailAdapter, WebmailHost } from './types.ts';
import { WEBMAIL_HOSTNAMES } from './hosts.ts';
import { createGmailAdapter } from './gmail.ts';
import { createOutlookAdapter } from './outlook.ts';

/** Which webmail a page is, from its host name (case-insensitive, a trailing dot allowed). */
export function hostFor(hostname: string): WebmailHost | null {
  const name = hostname.trim().toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(WEBMAIL_HOSTNAMES, name) ? (WEBMAIL_HOSTNAMES[name] ?? null) : null;
}

/** The adapter for a location (`window.location` or anything with a `hostname`), or null off the webmail hosts. */
export function adapterFor(location: { hostname: string }, options: AdapterOptions = {}): WebmailAdapter | null {
  switch (hostFor(location.hostname)) {
    case 'gmail':
      return createGmailAdapter(options);
    case 'outlook':
      return createOutlookAdapter(options);
    default:
      return null;
  }
}
