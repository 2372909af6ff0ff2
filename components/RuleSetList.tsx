import { useMemo, useState } from 'react';
import { analyze } from '@/lib/engine/analyze';
import { RULE_SETS } from '@/lib/rules/registry';
import type { Rule } from '@/lib/rules/types';

function label(rule: Rule): string {
  return rule.kind === 'give' ? `give/${rule.category}` : `get/${rule.level}`;
}

/** Every rule set from the registry with its rules, and a box to try a sentence against them. */
export function RuleSetList() {
  const [sample, setSample] = useState('');
  const result = useMemo(() => (sample.trim() ? analyze(sample, { format: 'text' }) : null), [sample]);
  const findings = result ? [...result.gives, ...result.gets].sort((a, b) => a.start - b.start) : [];

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rule sets</h2>
      <label className="quid-try">
        Try a sentence
        <textarea value={sample} onChange={(e) => setSample(e.target.value)} rows={3} placeholder="I can take 15% off if you sign by Friday." />
      </label>
      {result && (
        <div role="status" className="quid-try-result">
          <p>
            Verdict: <strong data-testid="try-verdict">{result.verdict}</strong>
          </p>
          <ul>
            {findings.map((f) => (
              <li key={`${f.ruleId}-${f.start}`}>
                <code>{f.kind === 'give' ? `give/${f.category}` : `get/${f.level}`}</code> <code>{f.ruleId}</code> “{f.text}”
              </li>
            ))}
          </ul>
        </div>
      )}
      {RULE_SETS.map((set) => (
        <details key={set.id} className="quid-ruleset">
          <summary>
            <strong>{set.title}</strong> <code>{set.id}</code> — {set.description}
          </summary>
          <ul>
            {set.rules.map((rule) => (
              <li key={rule.id}>
                <code>{label(rule)}</code> <code>{rule.id}</code>: {rule.rationale}
                <ul className="quid-examples">
                  {rule.examples.flag.map((ex) => (
                    <li key={ex}>flags: {ex.replace(/[[\]]/g, '')}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
