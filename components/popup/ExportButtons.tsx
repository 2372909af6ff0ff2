import { useState } from 'react';
import { download } from '@/components/download';
import type { LedgerReader } from '@/lib/ledger/types';
import { ErrorMessage } from './ErrorMessage';
import { messageOf } from './format';

export interface ExportButtonsProps {
  reader: Pick<LedgerReader, 'exportJson' | 'exportCsv'>;
  /** For the file name's date. */
  now: number;
}

type Format = 'json' | 'csv';

/** The whole ledger as a file: JSON (the only thing import takes back) or CSV for a spreadsheet. */
export function ExportButtons({ reader, now }: ExportButtonsProps) {
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);
  const day = new Date(now).toISOString().slice(0, 10);

  const run = async (format: Format) => {
    if (busy) return;
    setBusy(format);
    setError(null);
    try {
      if (format === 'json') {
        download(`quid-ledger-${day}.json`, JSON.stringify(await reader.exportJson(), null, 2), 'application/json');
      } else {
        download(`quid-ledger-${day}.csv`, await reader.exportCsv(), 'text/csv');
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="quid-export" role="group" aria-label="Export the whole ledger">
      <button type="button" className="quid-secondary" aria-disabled={busy !== null || undefined} onClick={() => void run('json')}>
        Export JSON
      </button>
      <button type="button" className="quid-secondary" aria-disabled={busy !== null || undefined} onClick={() => void run('csv')}>
        Export CSV
      </button>
      {error !== null && <ErrorMessage what="Could not export the ledger" message={error} />}
    </div>
  );
}
