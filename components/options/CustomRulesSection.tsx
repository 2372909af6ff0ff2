import { useId, useState, type FormEvent } from 'react';
import { checkCustomRule } from '@/lib/engine/compile';
import { GET_LEVELS, GIVE_CATEGORIES, type CustomRule } from '@/lib/engine/types';
import { customRuleId } from '@/lib/settings/custom-rules';
import { kindLabel } from './labels';
import type { SectionProps } from './RuleSetsSection';

type Target = `give:${(typeof GIVE_CATEGORIES)[number]}` | `get:${(typeof GET_LEVELS)[number]}`;

function build(target: Target, phrase: string, isPattern: boolean, existing: readonly CustomRule[]): CustomRule {
  const id = customRuleId(phrase, existing);
  const flag = isPattern ? { isPattern: true } : {};
  const [kind, cls] = target.split(':') as ['give' | 'get', string];
  if (kind === 'give') {
    const category = GIVE_CATEGORIES.find((c) => c === cls) ?? 'price';
    return { id, kind, category, phrase, ...flag };
  }
  const level = GET_LEVELS.find((l) => l === cls) ?? 'information';
  return { id, kind, level, phrase, ...flag };
}

const sameRule = (a: CustomRule, b: CustomRule) =>
  kindLabel(a) === kindLabel(b) &&
  a.phrase.trim().toLowerCase() === b.phrase.trim().toLowerCase() &&
  Boolean(a.isPattern) === Boolean(b.isPattern);

/** The rep's own phrases and patterns, each counted as a give category or a get level. */
export function CustomRulesSection({ settings, change }: SectionProps) {
  const id = useId();
  const [phrase, setPhrase] = useState('');
  const [isPattern, setIsPattern] = useState(false);
  const [target, setTarget] = useState<Target>('give:price');
  const [error, setError] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const rule = build(target, phrase.trim(), isPattern, settings.customRules);
    const check = checkCustomRule(rule);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    if (settings.customRules.some((r) => sameRule(r, rule))) {
      setError('You already have this rule.');
      return;
    }
    setError('');
    // The id is chosen again against what is stored, in case another tab added a rule meanwhile.
    const saved = await change((s) => ({ ...s, customRules: [...s.customRules, { ...rule, id: customRuleId(rule.phrase, s.customRules) }] }));
    if (saved) setPhrase('');
  };

  return (
    <section aria-labelledby="custom-heading" className="quid-section">
      <h2 id="custom-heading">Your own rules</h2>
      <p>
        Add a phrase Quid should count, like a give your team offers (“free pilot”) or an ask you use (“reference call”). A
        phrase matches as whole words, in any case; a regular expression matches as written.
      </p>
      <form className="quid-form" onSubmit={(e) => void add(e)} noValidate>
        <div className="quid-field">
          <label htmlFor={`${id}-phrase`}>Phrase or pattern</label>
          <input
            id={`${id}-phrase`}
            type="text"
            value={phrase}
            maxLength={400}
            onChange={(e) => {
              setPhrase(e.target.value);
              if (error) setError('');
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <fieldset className="quid-field quid-inline">
          <legend>Match it as</legend>
          <label>
            <input type="radio" name={`${id}-mode`} checked={!isPattern} onChange={() => setIsPattern(false)} /> a phrase
          </label>
          <label>
            <input type="radio" name={`${id}-mode`} checked={isPattern} onChange={() => setIsPattern(true)} /> a regular expression
          </label>
        </fieldset>
        <div className="quid-field">
          <label htmlFor={`${id}-target`}>Counts as</label>
          <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value as Target)}>
            <optgroup label="A give">
              {GIVE_CATEGORIES.map((c) => (
                <option key={c} value={`give:${c}`}>
                  give/{c}
                </option>
              ))}
            </optgroup>
            <optgroup label="A get">
              {GET_LEVELS.map((l) => (
                <option key={l} value={`get:${l}`}>
                  get/{l}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <button type="submit">Add rule</button>
        <p id={`${id}-error`} role="alert" className="quid-error">
          {error}
        </p>
      </form>

      {settings.customRules.length === 0 ? (
        <p className="quid-hint">No rules of your own yet.</p>
      ) : (
        <ul className="quid-custom-rules" aria-label="Your rules">
          {settings.customRules.map((rule) => (
            <li key={rule.id} className="quid-row">
              <span className={`quid-kind quid-kind-${rule.kind}`}>{kindLabel(rule)}</span>
              {rule.isPattern ? <code>{rule.phrase}</code> : <q>{rule.phrase}</q>}
              <span className="quid-hint">{rule.isPattern ? 'pattern' : 'phrase'}</span>
              <code className="quid-hint">{rule.id}</code>
              <button
                type="button"
                className="quid-secondary"
                aria-label={`Delete rule ${rule.phrase}`}
                onClick={() => void change((s) => ({ ...s, customRules: s.customRules.filter((r) => r.id !== rule.id) }))}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
