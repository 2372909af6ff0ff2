import { historyLine } from '@/lib/coach/history';
import type { CoachView } from '@/lib/coach/view';
import type { BuyerSummary } from '@/lib/ledger/types';

export interface CoachPanelProps {
  id: string;
  /** Extra classes choosing the side the panel opens to. */
  placement?: string;
  view: CoachView;
  history?: readonly BuyerSummary[];
  /** A short line about the last action, read out by screen readers. */
  status: string;
  onInsert: (ask: string) => void;
  onToggleIntentional: (key: string) => void;
  onSilence: () => void;
  onClose: () => void;
}

export const HEADLINE: Readonly<Record<CoachView['verdict'], string>> = {
  'no-give': 'No give in this draft',
  reciprocated: 'Every give asks for something back',
  unreciprocated: 'This draft gives and asks for nothing back',
};

/** The expanded coach: each give with its sentence and why it counts, each get, and asks to insert. */
export function CoachPanel({ id, placement = '', view, history = [], status, onInsert, onToggleIntentional, onSilence, onClose }: CoachPanelProps) {
  return (
    <section id={id} className={`quid-panel ${placement}`.trim()} aria-label="Quid give and get coach">
      <header className="quid-panel-head">
        <strong>{HEADLINE[view.verdict]}</strong>
        <button type="button" className="quid-icon" aria-label="Close the Quid panel" onClick={onClose}>
          ×
        </button>
      </header>

      <h3>Gives ({view.gives.length})</h3>
      {view.gives.length === 0 ? (
        <p className="quid-muted">Nothing offered yet.</p>
      ) : (
        <ul className="quid-list">
          {view.gives.map((give) => (
            <li key={give.key} className="quid-give">
              <q>{give.sentence}</q>
              <p className="quid-why">
                <span className="quid-tag">{give.category}</span>
                {give.traded && <span className="quid-tag quid-tag-ok">traded</span>} {give.rationale}
              </p>
              <button
                type="button"
                className="quid-secondary"
                aria-pressed={give.intentional}
                aria-label={`Mark as intentional: ${give.text}`}
                onClick={() => onToggleIntentional(give.key)}
              >
                {give.intentional ? 'Intentional ✓' : 'Mark intentional'}
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3>Gets ({view.gets.length})</h3>
      {view.gets.length === 0 ? (
        <p className="quid-muted">Nothing asked for yet.</p>
      ) : (
        <ul className="quid-list">
          {view.gets.map((get) => (
            <li key={get.key}>
              <q>{get.sentence}</q> <span className="quid-tag">{get.level}</span>
            </li>
          ))}
        </ul>
      )}

      {view.asks.length > 0 && (
        <>
          <h3>Ask for something back</h3>
          <ul className="quid-list">
            {view.asks.map((ask) => (
              <li key={ask.key} className="quid-ask">
                <p>{ask.text}</p>
                <button type="button" aria-label={`Insert: ${ask.text}`} onClick={() => onInsert(ask.text)}>
                  Insert
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {history.length > 0 && (
        <>
          <h3>History with this buyer</h3>
          <ul className="quid-list quid-history">
            {history.map((s) => (
              <li key={s.account}>
                {historyLine(s)}
                {s.flags.map((f) => (
                  <p key={f.kind} className="quid-flag">
                    {f.message}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}

      <footer className="quid-panel-foot">
        <button type="button" className="quid-secondary" onClick={onSilence}>
          Silence for this draft
        </button>
        <span role="status" className="quid-status">
          {status}
        </span>
      </footer>
    </section>
  );
}
