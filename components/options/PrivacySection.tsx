import { useId, useState, type FormEvent } from 'react';
import { RETENTION_MAX, RETENTION_MIN, isValidRetention } from '@/lib/settings/parse';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import type { SectionProps } from './RuleSetsSection';

/** What the ledger keeps, and for how long. */
export function PrivacySection({ settings, change }: SectionProps) {
  const id = useId();
  const forever = settings.retentionDays === null;
  // The number being typed: saved only when it is a valid count and the rep leaves the field or presses
  // Enter, so typing "90" never passes through a 9-day history that would delete older rows.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');
  // The last count of days in use, so switching from "forever" back to a limit restores it.
  const [lastDays, setLastDays] = useState(settings.retentionDays ?? DEFAULT_SETTINGS.retentionDays ?? 365);
  if (settings.retentionDays !== null && settings.retentionDays !== lastDays) setLastDays(settings.retentionDays);
  const days = draft ?? String(settings.retentionDays ?? lastDays);

  const commit = (event?: FormEvent) => {
    event?.preventDefault();
    if (draft === null) return;
    const n = Number(draft.trim());
    if (draft.trim() === '' || !isValidRetention(n)) {
      setError(`Enter a whole number of days from ${RETENTION_MIN} to ${RETENTION_MAX}.`);
      return;
    }
    setError('');
    setDraft(null);
    if (n !== settings.retentionDays) void change((s) => ({ ...s, retentionDays: n }));
  };

  return (
    <section aria-labelledby="privacy-heading" className="quid-section">
      <h2 id="privacy-heading">Privacy</h2>
      <p>Quid keeps everything on this computer. These choices decide how much it keeps.</p>
      <fieldset className="quid-field">
        <legend>For each give and get, the ledger keeps</legend>
        <label>
          <input
            type="radio"
            name={`${id}-quotes`}
            checked={settings.storeQuotes}
            onChange={() => void change((s) => ({ ...s, storeQuotes: true }))}
          />{' '}
          the matched words (“take 15% off”) and its category
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-quotes`}
            checked={!settings.storeQuotes}
            onChange={() => void change((s) => ({ ...s, storeQuotes: false }))}
          />{' '}
          the category only (give/price), never your words
        </label>
      </fieldset>
      <fieldset className="quid-field">
        <legend>Keep history</legend>
        <label>
          <input
            type="radio"
            name={`${id}-keep`}
            checked={forever}
            onChange={() => {
              setDraft(null);
              setError('');
              void change((s) => ({ ...s, retentionDays: null }));
            }}
          />{' '}
          forever
        </label>
        <form className="quid-inline" onSubmit={commit} noValidate>
          <label>
            <input
              type="radio"
              name={`${id}-keep`}
              checked={!forever}
              onChange={() => {
                const n = Number(days);
                setDraft(null);
                void change((s) => ({ ...s, retentionDays: isValidRetention(n) ? n : lastDays }));
              }}
            />{' '}
            for
          </label>
          <input
            id={`${id}-days`}
            type="number"
            inputMode="numeric"
            min={RETENTION_MIN}
            max={RETENTION_MAX}
            step={1}
            className="quid-days"
            aria-label="Days of history to keep"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-days-hint${error ? ` ${id}-days-error` : ''}`}
            disabled={forever}
            value={days}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => commit()}
          />
          <span>days</span>
        </form>
        <p id={`${id}-days-hint`} className="quid-hint">
          Sends older than this are deleted from the ledger. Saved when you leave the field or press Enter.
        </p>
        <p id={`${id}-days-error`} role="alert" className="quid-error">
          {error}
        </p>
      </fieldset>
    </section>
  );
}
