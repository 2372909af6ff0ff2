import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { ledgerCommands } from '@/lib/ledger/client';
import { createLedgerReader, withPrefetchedList } from '@/lib/ledger/reader';
import { FIRST_PAGE } from '@/lib/ledger/types';
import { activeTabIsWebmail, pauseActiveTab } from './tab';
import '@/components/quid.css';

// The popup opens on the most unbalanced buyers: start that read now, in parallel with the first render.
const reader = withPrefetchedList(createLedgerReader(), { sort: 'unbalanced', limit: FIRST_PAGE });
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Popup
        reader={reader}
        commands={ledgerCommands}
        openOptions={() => void browser.runtime.openOptionsPage()}
        pauseTab={pauseActiveTab}
        checkTab={activeTabIsWebmail}
      />
    </StrictMode>,
  );
}
