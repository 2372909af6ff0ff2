import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { LedgerCommands, LedgerReader } from '@/lib/ledger/types';

export type SaveFile = (filename: string, text: string, type: string) => void;

export interface DataSectionProps {
  reader: LedgerReader;
  commands: LedgerCommands;
  saveFile: SaveFile;
  now?: () => Date;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads an import file before anything is sent to the ledger: a file that
 * is not JSON, or JSON that is not a Quid export, is refused here whole.
 */
export function readImportFile(text: string): { ok: true; data: unknown } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not valid JSON, so nothing was imported.' };
  }
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  if (format !== 'quid-ledger') return { ok: false, message: 'This file is not a Quid export, so nothing was imported.' };
  return { ok: true, data };
}

/** Export, import and delete the ledger: every change goes through the background via `commands`. */
export function DataSection({ reader, commands, saveFile, now = () => new Date() }: DataSectionProps) {
  const id = useId();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // The safe choice takes focus when the question appears; focus returns to the button that asked it.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError('');
    setStatus('');
    try {
      setStatus(await work());
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };
  const stamp = () => now().toISOString().slice(0, 10);

  const exportJson = () =>
    run(async () => {
      const data = await reader.exportJson();
      saveFile(`quid-ledger-${stamp()}.json`, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
      return 'Exported the ledger as JSON.';
    });
  const exportCsv = () =>
    run(async () => {
      saveFile(`quid-ledger-${stamp()}.csv`, await reader.exportCsv(), 'text/csv');
      return 'Exported the ledger as CSV.';
    });
  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      try {
        const read = readImportFile(await file.text());
        if (!read.ok) throw new Error(read.message);
        const result = await commands.importJson(read.data);
        return `Imported ${result.sends} ${result.sends === 1 ? 'send' : 'sends'}${result.skipped ? ` (${result.skipped} already there)` : ''}.`;
      } finally {
        // The same file may be chosen again after a fix.
        input.value = '';
      }
    });
  };
  const deleteAll = () => {
    setConfirming(false);
    void run(async () => {
      await commands.deleteAll();
      return 'All recorded data was deleted. Your settings are kept.';
    });
  };

  return (
    <section aria-labelledby="data-heading" className="quid-section">
      <h2 id="data-heading">Data</h2>
      <p>The ledger of your sent emails stays in this browser. Export it to keep a copy or move it to another computer.</p>
      <div className="quid-row quid-buttons">
        <button type="button" onClick={() => void exportJson()} disabled={busy}>
          Export JSON
        </button>
        <button type="button" onClick={() => void exportCsv()} disabled={busy}>
          Export CSV
        </button>
      </div>
      <div className="quid-field">
        <label htmlFor={`${id}-import`}>Import JSON</label>
        <input id={`${id}-import`} type="file" accept="application/json,.json" onChange={importFile} disabled={busy} aria-describedby={`${id}-import-hint`} />
        <p id={`${id}-import-hint`} className="quid-hint">
          A Quid export only; sends already in the ledger are skipped. A file that is not a Quid export changes nothing.
        </p>
      </div>
      <div className="quid-danger">
        {!confirming ? (
          <button type="button" ref={deleteRef} className="quid-danger-button" onClick={() => setConfirming(true)}>
            Delete all data…
          </button>
        ) : (
          <div
            role="group"
            aria-labelledby={`${id}-confirm`}
            className="quid-confirm"
            onKeyDown={(e) => {
              if (e.key === 'Escape') setConfirming(false);
            }}
          >
            <p id={`${id}-confirm`}>
              Delete every buyer, send, give and get Quid has recorded? This cannot be undone. Your settings are kept.
            </p>
            <button type="button" className="quid-danger-button" onClick={deleteAll}>
              Yes, delete everything
            </button>{' '}
            <button type="button" ref={cancelRef} className="quid-secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        )}
      </div>
      <p role="status" className="quid-data-status">
        {status}
      </p>
      <p role="alert" className="quid-error">
        {error}
      </p>
    </section>
  );
}
