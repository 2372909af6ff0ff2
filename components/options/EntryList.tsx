import { useId, useState, type FormEvent } from 'react';
import { splitEntries, type EntryCheck } from '@/lib/settings/domains';

export interface EntryListProps {
  title: string;
  description: string;
  /** The input's label, e.g. "Add an own domain". */
  inputLabel: string;
  placeholder: string;
  entries: readonly string[];
  check: (input: string) => EntryCheck;
  /** Saves the new list; resolves false when the save was refused. */
  onChange: (next: string[]) => Promise<boolean>;
}

/** An editable list of domains or addresses: several may be added at once; one bad entry refuses them all. */
export function EntryList({ title, description, inputLabel, placeholder, entries, check, onChange }: EntryListProps) {
  const id = useId();
  const [input, setInput] = useState('');
  const [error, setError] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const parts = splitEntries(input);
    if (parts.length === 0) {
      const r = check('');
      setError(r.ok ? '' : r.message);
      return;
    }
    const next = [...entries];
    for (const part of parts) {
      const r = check(part);
      if (!r.ok) {
        setError(r.message);
        return;
      }
      if (next.includes(r.value)) {
        setError(`${r.value} is already in the list.`);
        return;
      }
      next.push(r.value);
    }
    setError('');
    if (await onChange(next)) setInput('');
  };

  return (
    <div className="quid-subsection" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-desc`} className="quid-hint">
        {description}
      </p>
      <form className="quid-form quid-inline" onSubmit={(e) => void add(e)} noValidate>
        <label htmlFor={`${id}-input`}>{inputLabel}</label>
        <input
          id={`${id}-input`}
          type="text"
          value={input}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setInput(e.target.value);
            if (error) setError('');
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error ${id}-desc` : `${id}-desc`}
        />
        <button type="submit">Add</button>
      </form>
      <p id={`${id}-error`} role="alert" className="quid-error">
        {error}
      </p>
      {entries.length > 0 && (
        <ul className="quid-entries" aria-label={title}>
          {entries.map((entry) => (
            <li key={entry} className="quid-row">
              <code>{entry}</code>
              <button
                type="button"
                className="quid-secondary"
                aria-label={`Remove ${entry} from ${title.toLowerCase()}`}
                onClick={() => void onChange(entries.filter((e) => e !== entry))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
