import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RuleSetList } from '@/components/RuleSetList';
import '@/components/quid.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main className="quid-options">
        <h1>Quid options</h1>
        <RuleSetList />
      </main>
    </StrictMode>,
  );
}
