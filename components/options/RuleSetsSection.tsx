import { memo, useId } from 'react';
import { RULE_SETS } from '@/lib/rules/registry';
import type { Rule, RuleSet } from '@/lib/rules/types';
import type { Settings } from '@/lib/settings/types';
import { ExampleText } from './ExampleText';
import { kindLabel } from './labels';
import { Switch } from './Switch';
import { TrySentence } from './TrySentence';
import type { ChangeSettings } from './useSettings';

export interface SectionProps {
  settings: Settings;
  change: ChangeSettings;
}

/** Adds or removes `id` in a list of ids switched off, keeping each once. */
function setOff(list: readonly string[], id: string, off: boolean): string[] {
  const rest = list.filter((x) => x !== id);
  return off ? [...rest, id] : rest;
}

/** Every rule set of the registry with its switch, and inside each its rules with theirs. */
export function RuleSetsSection({ settings, change }: SectionProps) {
  return (
    <section aria-labelledby="rules-heading" className="quid-section">
      <h2 id="rules-heading">Rule sets</h2>
      <p>Each set finds one kind of give or get. Switch off a set, or a single rule, that does not fit how you sell.</p>
      <TrySentence settings={settings} />
      {RULE_SETS.map((set) => (
        <RuleSetCard key={set.id} set={set} settings={settings} change={change} />
      ))}
    </section>
  );
}

/** What of the settings one card shows: a toggle elsewhere must not re-render every set's examples. */
const cardState = (set: RuleSet, s: Settings) =>
  `${s.disabledRuleSets.includes(set.id)}|${set.rules.filter((r) => s.disabledRules.includes(r.id)).map((r) => r.id).join(',')}`;

const RuleSetCard = memo(
  RuleSetCardView,
  (a, b) => a.set === b.set && a.change === b.change && cardState(a.set, a.settings) === cardState(b.set, b.settings),
);

function RuleSetCardView({ set, settings, change }: SectionProps & { set: RuleSet }) {
  const id = useId();
  const on = !settings.disabledRuleSets.includes(set.id);
  const rulesOn = set.rules.filter((r) => !settings.disabledRules.includes(r.id)).length;
  return (
    <article className="quid-set" aria-labelledby={`${id}-title`} data-set={set.id}>
      <div className="quid-row">
        <h3 id={`${id}-title`}>{set.title}</h3>
        <Switch
          checked={on}
          labelledBy={`${id}-title`}
          describedBy={`${id}-desc`}
          onChange={(checked) => void change((s) => ({ ...s, disabledRuleSets: setOff(s.disabledRuleSets, set.id, !checked) }))}
        />
        <span className="quid-state" aria-hidden="true">
          {on ? 'On' : 'Off'}
        </span>
      </div>
      <p id={`${id}-desc`} className="quid-description">
        {set.description}
      </p>
      <details className="quid-ruleset">
        <summary>
          {set.title}: {rulesOn} of {set.rules.length} rules on <code>{set.id}</code>
        </summary>
        <ul className="quid-rules">
          {set.rules.map((rule) => (
            <RuleItem key={rule.id} rule={rule} setOn={on} settings={settings} change={change} />
          ))}
        </ul>
      </details>
    </article>
  );
}

function RuleItem({ rule, setOn, settings, change }: SectionProps & { rule: Rule; setOn: boolean }) {
  const id = useId();
  const on = !settings.disabledRules.includes(rule.id);
  return (
    <li className="quid-rule">
      <div className="quid-row">
        <Switch
          checked={on}
          disabled={!setOn}
          labelledBy={`${id}-name`}
          describedBy={`${id}-why`}
          onChange={(checked) => void change((s) => ({ ...s, disabledRules: setOff(s.disabledRules, rule.id, !checked) }))}
        />
        <code id={`${id}-name`}>{rule.id}</code>
        <span className={`quid-kind quid-kind-${rule.kind}`}>{kindLabel(rule)}</span>
        {!setOn && <span className="quid-hint">(its set is off)</span>}
      </div>
      <p id={`${id}-why`}>{rule.rationale}</p>
      <div className="quid-examples">
        <p className="quid-examples-head">Flags:</p>
        <ul>
          {rule.examples.flag.map((ex) => (
            <li key={ex}>
              <ExampleText example={ex} />
            </li>
          ))}
        </ul>
        {rule.examples.pass.length > 0 && (
          <>
            <p className="quid-examples-head">Does not flag:</p>
            <ul>
              {rule.examples.pass.map((ex) => (
                <li key={ex}>{ex}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </li>
  );
}
