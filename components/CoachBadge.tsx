import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CoachView } from '@/lib/coach/view';
import type { BuyerSummary } from '@/lib/ledger/types';
import { CoachPanel } from './CoachPanel';

export interface CoachBadgeProps {
  view: CoachView;
  /** The ledger's aggregates for this draft's buyers. */
  history?: readonly BuyerSummary[];
  silenced: boolean;
  /** Inserts the ask into the draft; false when it could not be placed. */
  onInsert: (ask: string) => boolean;
  onToggleIntentional: (key: string) => void;
  onSilence: (silenced: boolean) => void;
}

const SHORT: Readonly<Record<CoachView['verdict'], string>> = {
  'no-give': 'no give',
  reciprocated: 'give traded for a get',
  unreciprocated: 'gives without asking',
};

/** Panel size in CSS (coach.css): it opens towards the side of the window with room for it. */
const PANEL_WIDTH = 360;
const PANEL_HEIGHT = 380;

function panelPlacement(badge: HTMLElement | null): string {
  const rect = badge?.getBoundingClientRect();
  if (!rect) return '';
  const classes: string[] = [];
  if (rect.right < PANEL_WIDTH + 8) classes.push('quid-panel-start');
  if (rect.top < PANEL_HEIGHT + 8 && window.innerHeight - rect.bottom > rect.top) classes.push('quid-panel-below');
  return classes.join(' ');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The compact hint anchored to one compose: verdict colour and counts; Enter
 * or a click opens the panel. It takes focus only when the rep moves to it:
 * updates while typing never touch focus.
 */
export function CoachBadge({ view, history = [], silenced, onInsert, onToggleIntentional, onSilence }: CoachBadgeProps) {
  const [expanded, setExpanded] = useState(false);
  const [status, setStatus] = useState('');
  const [placement, setPlacement] = useState('');
  const badge = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // Silencing from the panel removes the button that had focus: hand it to the silenced badge.
  const refocus = useRef(false);
  const focusIfAsked = (el: HTMLButtonElement | null) => {
    if (el && refocus.current) {
      refocus.current = false;
      el.focus();
    }
  };

  const close = () => {
    setExpanded(false);
    badge.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      close();
    }
  };

  if (silenced) {
    return (
      <div className="quid quid-silenced">
        <button ref={focusIfAsked} type="button" className="quid-badge" aria-label="Quid is silenced for this draft. Resume coaching" onClick={() => onSilence(false)}>
          <span className="quid-dot" aria-hidden="true" />Q
        </button>
      </div>
    );
  }

  const label = `Quid: ${SHORT[view.verdict]}, ${plural(view.gives.length, 'give')}, ${plural(view.gets.length, 'get')}`;
  return (
    <div className="quid" data-verdict={view.verdict} onKeyDown={onKeyDown}>
      {expanded && (
        <CoachPanel
          id={panelId}
          placement={placement}
          view={view}
          history={history}
          status={status}
          onInsert={(ask) => setStatus(onInsert(ask) ? 'Ask inserted into the draft.' : 'Could not place the ask; click into your text and try again.')}
          onToggleIntentional={onToggleIntentional}
          onSilence={() => {
            refocus.current = true;
            setExpanded(false);
            onSilence(true);
          }}
          onClose={close}
        />
      )}
      <button
        ref={badge}
        type="button"
        className="quid-badge"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={expanded ? panelId : undefined}
        title={label}
        onClick={() => {
          setStatus('');
          if (!expanded) setPlacement(panelPlacement(badge.current));
          setExpanded(!expanded);
        }}
      >
        <span className="quid-dot" aria-hidden="true" />
        <span aria-hidden="true">
          {view.gives.length} give{view.gives.length === 1 ? '' : 's'} · {view.gets.length} get{view.gets.length === 1 ? '' : 's'}
        </span>
      </button>
    </div>
  );
}
