/**
 * The webmail hosts Quid coaches on. One list: the content script's `matches`
 * and the manifest's host permissions both come from it.
 */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];
