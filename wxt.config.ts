import { defineConfig } from 'wxt';
import { stripRuleExamples } from './lib/build/strip-examples';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Quid — give/get coach for sales email',
    description: 'Warns while you write when a sales email gives the buyer something and asks for nothing back.',
    permissions: ['storage', 'alarms'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'quid@quid.invalid',
              // Quid collects nothing: drafts and the ledger never leave the machine.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // Only the builds of the background (which runs the engine) and the content script: the options page shows the examples.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script' || e.type === 'background')) config.plugins = [...(config.plugins ?? []), stripRuleExamples()];
    },
  },
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'coverage/**', '.output/**'],
  },
});
