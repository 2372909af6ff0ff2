import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/Popup';
import '@/components/quid.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Popup openOptions={() => void browser.runtime.openOptionsPage()} />
    </StrictMode>,
  );
}
