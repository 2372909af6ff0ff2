import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '@/components/options/OptionsPage';
import { ledgerCommands } from '@/lib/ledger/client';
import { createLedgerReader } from '@/lib/ledger/reader';
import '@/components/quid.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsPage reader={createLedgerReader()} commands={ledgerCommands} />
    </StrictMode>,
  );
}
