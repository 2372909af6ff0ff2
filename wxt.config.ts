import { defineConfig } from 'wxt';

// The webmail hosts Quid coaches on. One list: the content script's `matches`
// and the manifest's host permissions both come from it.
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Quid — give/get coach for sales email',
    description:
      'Warns while you write when a sales email gives the buyer something and asks for nothing back.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'quid@quid.invalid',
        // Quid collects nothing: drafts and the ledger never leave the machine.
        data_collection_permissions: { required: ['none'] },
      },
    } as never,
  },
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'coverage/**', '.output/**'],
  },
});
