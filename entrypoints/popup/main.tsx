import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { ledgerCommands } from '@/lib/ledger/client';
import { createLedgerReader } from '@/lib/ledger/reader';
import { activeTabIsWebmail, pauseActiveTab } from './tab';
import '@/components/quid.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Popup
        reader={createLedgerReader()}
        commands={ledgerCommands}
        openOptions={() => void browser.runtime.openOptionsPage()}
        pauseTab={pauseActiveTab}
        checkTab={activeTabIsWebmail}
      />
    </StrictMode>,
  );
}
