import { useDeferredValue, useId, useMemo, useState } from 'react';
import { analyze } from '@/lib/engine/analyze';
import { toAnalyzeOptions } from '@/lib/settings/analyze-options';
import type { Settings } from '@/lib/settings/types';
import { kindLabel, VERDICT_TEXT } from './labels';

/** A box to type a sentence into and see what the rules, as set now (custom rules included), find in it. */
export function TrySentence({ settings }: { settings: Settings }) {
  const [sample, setSample] = useState('');
  const text = useDeferredValue(sample);
  const id = useId();
  const result = useMemo(
    () => (text.trim() ? analyze(text, { ...toAnalyzeOptions(settings), format: 'text' }) : null),
    [text, settings],
  );
  const findings = result ? [...result.gives, ...result.gets].sort((a, b) => a.start - b.start) : [];

  return (
    <div className="quid-try">
      <label htmlFor={`${id}-text`}>Try a sentence</label>
      <textarea
        id={`${id}-text`}
        value={sample}
        onChange={(e) => setSample(e.target.value)}
        rows={3}
        placeholder="I can take 15% off if you sign by Friday."
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="quid-hint">
        Checked with your current settings: rule sets and rules switched off are left out, your own rules are in.
      </p>
      <div role="status" className="quid-try-result" aria-label="Result">
        {result && (
          <>
            <p>
              Verdict: <strong data-testid="try-verdict">{result.verdict}</strong> ({VERDICT_TEXT[result.verdict]})
            </p>
            {findings.length === 0 ? (
              <p>No rule fires.</p>
            ) : (
              <ul className="quid-findings">
                {findings.map((f) => (
                  <li key={`${f.kind}-${f.ruleId}-${f.start}`} data-testid="try-finding">
                    <code>{kindLabel(f)}</code> <code>{f.ruleId}</code> <q>{f.text}</q>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
