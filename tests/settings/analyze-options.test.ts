import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze.ts';
import { RULE_SETS } from '../../lib/rules/registry.ts';
import { toAccountPolicy, toAnalyzeOptions } from '../../lib/settings/analyze-options.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/types.ts';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('toAnalyzeOptions', () => {
  it('uses every registered set by default', () => {
    expect(toAnalyzeOptions(settings())).toEqual({ ruleSets: RULE_SETS.map((s) => s.id), disabledRules: [], customRules: [] });
  });

  it('leaves out the sets and rules switched off, and passes the custom rules', () => {
    const custom = [{ id: 'custom-free-pilot-1', kind: 'give' as const, category: 'resources' as const, phrase: 'free pilot' }];
    const options = toAnalyzeOptions(settings({ disabledRuleSets: ['price-concessions', 'gone-set'], disabledRules: ['x'], customRules: custom }));
    expect(options.ruleSets).toEqual(RULE_SETS.map((s) => s.id).filter((id) => id !== 'price-concessions'));
    expect(options.disabledRules).toEqual(['x']);
    expect(options.customRules).toEqual(custom);
  });

  it('changes what the engine finds', () => {
    const text = 'I can take 15% off the first year.';
    expect(analyze(text, { ...toAnalyzeOptions(settings()), format: 'text' }).verdict).toBe('unreciprocated');
    expect(analyze(text, { ...toAnalyzeOptions(settings({ disabledRuleSets: ['price-concessions'] })), format: 'text' }).verdict).toBe('no-give');
    expect(analyze(text, { ...toAnalyzeOptions(settings({ disabledRules: ['percent-off'] })), format: 'text' }).gives.map((g) => g.ruleId)).not.toContain('percent-off');
  });
});

describe('toAccountPolicy', () => {
  it('takes the own domains from the settings', () => {
    const policy = toAccountPolicy(
      settings({ ownDomains: ['contoso.com'], neverRecord: ['jane@example.com'], accountGroups: [{ account: 'acme.com', domains: ['acme.de'] }], storeQuotes: false }),
      'rep@other.example',
    );
    expect(policy).toEqual({
      // The sender's own address is always own, whatever the list says.
      ownDomains: ['contoso.com', 'rep@other.example'],
      neverRecord: ['jane@example.com'],
      groups: [{ account: 'acme.com', domains: ['acme.de'] }],
      storeQuotes: false,
    });
  });

  it("falls back to the sender address's domain, lower-cased, when none are set", () => {
    expect(toAccountPolicy(settings(), 'Rep@Contoso.COM').ownDomains).toEqual(['contoso.com', 'rep@contoso.com']);
    // At a personal provider the domain is not the rep's company: only the address is own (the ledger ignores gmail.com as own).
    expect(toAccountPolicy(settings(), 'sam@gmail.com').ownDomains).toEqual(['gmail.com', 'sam@gmail.com']);
    expect(toAccountPolicy(settings(), null).ownDomains).toEqual([]);
    expect(toAccountPolicy(settings(), 'no address').ownDomains).toEqual([]);
  });
});
