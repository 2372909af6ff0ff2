import { browser } from 'wxt/browser';
import { createAnalyzeService } from '@/lib/coach/analyze-service';
import { createMessageHandler } from '@/lib/coach/on-message';
import { LedgerDb } from '@/lib/ledger/db';
import { createLedgerService } from '@/lib/ledger/service';
import { loadSettings } from '@/lib/settings/store';

/** Retention runs a few times a day; a missed run (the browser was closed) only delays a deletion. */
export const RETENTION_ALARM = 'quid-retention';

export default defineBackground(() => {
  // The only writer of the ledger: one database in the extension's origin.
  const ledger = createLedgerService({ db: new LedgerDb(), settings: loadSettings });
  browser.runtime.onMessage.addListener(
    createMessageHandler({
      runtimeId: browser.runtime.id,
      extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
      record: ledger.record,
      summaries: ledger.summaries,
      // The engine runs here, once for every webmail tab, never on the webmail page's thread.
      analyze: createAnalyzeService(loadSettings),
      command: ledger.command,
    }),
  );
  void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 6 * 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) ledger.purgeExpired().catch((error: unknown) => console.debug('[quid] retention failed', error));
  });
});
