/**
 * The webmail hosts Quid coaches on, and which adapter reads each. One list:
 * the content script's `matches`, the manifest's host permissions and the
 * adapter choice (detect.ts) all come from it.
 */
export const WEBMAIL_HOSTNAMES: Readonly<Record<string, 'gmail' | 'outlook'>> = {
  'mail.google.com': 'gmail',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
  'outlook.live.com': 'outlook',
  'outlook.cloud.microsoft': 'outlook',
};

export const WEBMAIL_MATCHES: string[] = Object.keys(WEBMAIL_HOSTNAMES).map((host) => `https://${host}/*`);
