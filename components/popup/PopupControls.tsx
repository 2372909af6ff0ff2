import { useEffect, useState } from 'react';
import type { LedgerReader } from '@/lib/ledger/types';
import { ExportButtons } from './ExportButtons';
import { messageOf } from './format';

/** `unavailable`: the active tab is not a Gmail or Outlook tab with Quid running in it. */
export type PauseResult = 'paused' | 'unavailable';

export interface PopupControlsProps {
  reader: Pick<LedgerReader, 'exportJson' | 'exportCsv'>;
  now: number;
  openOptions: () => void;
  /** Pauses Quid in the active tab's webmail. */
  pauseTab: () => Promise<PauseResult>;
  /** Whether the active tab is a webmail tab, when that can be told up front (null: cannot tell). */
  checkTab?: () => Promise<boolean | null>;
}

type PauseState = 'idle' | 'pausing' | 'paused' | 'unavailable' | { error: string };

const NOTE: Readonly<Record<'paused' | 'unavailable', string>> = {
  paused: 'Quid is paused on this tab.',
  unavailable: 'Pausing is unavailable here: this tab is not Gmail or Outlook on the web.',
};

/** Quick controls: pause on this tab's webmail, open the options, export the ledger. */
export function PopupControls({ reader, now, openOptions, pauseTab, checkTab }: PopupControlsProps) {
  const [pause, setPause] = useState<PauseState>('idle');

  useEffect(() => {
    if (!checkTab) return;
    let live = true;
    checkTab().then(
      (webmail) => {
        if (live && webmail === false) setPause((p) => (p === 'idle' ? 'unavailable' : p));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [checkTab]);

  const onPause = async () => {
    if (pause !== 'idle' && typeof pause !== 'object') return;
    setPause('pausing');
    try {
      setPause(await pauseTab());
    } catch (e) {
      setPause({ error: messageOf(e) });
    }
  };

  const unavailable = pause === 'unavailable';
  return (
    <div className="quid-controls">
      <div className="quid-actions">
        <button
          type="button"
          className="quid-secondary"
          aria-disabled={(pause !== 'idle' && typeof pause !== 'object') || undefined}
          aria-describedby={unavailable ? 'quid-pause-note' : undefined}
          onClick={() => void onPause()}
        >
          {pause === 'paused' ? 'Paused on this tab' : 'Pause on this tab'}
        </button>
        <button type="button" className="quid-secondary" onClick={openOptions}>
          Options
        </button>
      </div>
      <p id="quid-pause-note" role="status" className="quid-note">
        {pause === 'paused' || pause === 'unavailable' ? NOTE[pause] : typeof pause === 'object' ? `Could not pause Quid: ${pause.error}` : ''}
      </p>
      <ExportButtons reader={reader} now={now} />
    </div>
  );
}
