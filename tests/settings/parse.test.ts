import { describe, expect, it } from 'vitest';
import { MAX_LIST, parseSettings, readSettings } from '../../lib/settings/parse.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/types.ts';

const valid: Settings = {
  disabledRuleSets: ['price-concessions'],
  disabledRules: ['percent-off'],
  customRules: [
    { id: 'custom-free-pilot-1', kind: 'give', category: 'resources', phrase: 'free pilot' },
    { id: 'custom-pattern-1', kind: 'get', level: 'commitment', phrase: 'sign(ed)? by \\w+', isPattern: true },
  ],
  ownDomains: ['contoso.com'],
  neverRecord: ['partner.com', 'jane@example.com'],
  accountGroups: [{ account: 'acme.com', domains: ['acme-europe.de'] }],
  storeQuotes: false,
  retentionDays: 90,
};

describe('parseSettings', () => {
  it('keeps a valid record as it is, with no problems', () => {
    expect(readSettings(valid)).toEqual({ settings: valid, problems: [] });
  });

  it('gives the defaults for nothing, junk or an array, and never throws', () => {
    for (const junk of [undefined, null, 42, 'settings', [], [1, 2], () => 1]) {
      expect(parseSettings(junk)).toEqual(DEFAULT_SETTINGS);
    }
    expect(readSettings(null).problems).not.toEqual([]);
  });

  it('returns fresh lists, never the shared defaults', () => {
    const s = parseSettings(undefined);
    s.ownDomains.push('x.com');
    expect(DEFAULT_SETTINGS.ownDomains).toEqual([]);
  });

  it('fills fields an older version did not have from the defaults, keeping the rest', () => {
    expect(parseSettings({ disabledRuleSets: ['access-asks'] })).toEqual({ ...DEFAULT_SETTINGS, disabledRuleSets: ['access-asks'] });
  });

  it('ignores fields it does not know (a newer version)', () => {
    expect(parseSettings({ ...valid, theme: 'dark' })).toEqual(valid);
  });

  it('drops each invalid field to its default on its own', () => {
    const s = parseSettings({ ...valid, disabledRules: 'percent-off', storeQuotes: 'no', retentionDays: 0 });
    expect(s.disabledRules).toEqual([]);
    expect(s.storeQuotes).toBe(DEFAULT_SETTINGS.storeQuotes);
    expect(s.retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
    expect(s.customRules).toEqual(valid.customRules);
  });

  it('accepts a whole number of days from 1 to 3650, or null for forever', () => {
    const days = (retentionDays: unknown) => parseSettings({ ...valid, retentionDays }).retentionDays;
    expect(days(1)).toBe(1);
    expect(days(3650)).toBe(3650);
    expect(days(null)).toBeNull();
    for (const bad of [0, 3651, 1.5, -3, Number.NaN, Infinity, '30', undefined]) expect(days(bad)).toBe(365);
  });

  it('drops invalid custom rules and keeps the valid ones', () => {
    const s = parseSettings({
      ...valid,
      customRules: [
        ...valid.customRules,
        { id: 'custom-bad-1', kind: 'give', category: 'price', phrase: '(unclosed', isPattern: true },
        { id: 'custom-empty-1', kind: 'get', level: 'access', phrase: 'a*', isPattern: true },
        { id: 'custom-short-1', kind: 'give', category: 'price', phrase: 'x' },
        { id: 'custom-cat-1', kind: 'give', category: 'love', phrase: 'hugs' },
        { id: 'custom-kind-1', kind: 'maybe', phrase: 'perhaps' },
        { id: 'custom-free-pilot-1', kind: 'give', category: 'time', phrase: 'same id twice' },
        { kind: 'give', category: 'price', phrase: 'no id' },
        'free pilot',
        null,
      ],
    });
    expect(s.customRules).toEqual(valid.customRules);
  });

  it('lower-cases and trims domains and addresses, drops invalid and repeated ones', () => {
    const s = parseSettings({
      ...valid,
      ownDomains: [' Contoso.COM ', 'contoso.com', 'not a domain', 'localhost', 7, '@fabrikam.example'],
      neverRecord: ['Jane@Example.com', 'PARTNER.com', 'jane@', 'http://x.com'],
    });
    expect(s.ownDomains).toEqual(['contoso.com', 'fabrikam.example']);
    expect(s.neverRecord).toEqual(['jane@example.com', 'partner.com']);
  });

  it('keeps a domain in one account group only, and drops groups with no other domain', () => {
    const s = parseSettings({
      ...valid,
      accountGroups: [
        { account: 'ACME.com', domains: ['acme-europe.de', 'Acme.co.uk', 'acme.com'] },
        { account: 'globex.com', domains: ['acme.co.uk'] },
        { account: 'initech.com', domains: ['initech.de'] },
        { account: 'bad domain', domains: ['x.com'] },
        { account: 'hooli.com' },
      ],
    });
    expect(s.accountGroups).toEqual([
      { account: 'acme.com', domains: ['acme-europe.de', 'acme.co.uk'] },
      { account: 'initech.com', domains: ['initech.de'] },
    ]);
  });

  it('keeps ids of rule sets this version does not know, once each', () => {
    expect(parseSettings({ ...valid, disabledRuleSets: ['gone-set', 'gone-set', '', 3] }).disabledRuleSets).toEqual(['gone-set']);
  });

  it(`caps lists at ${MAX_LIST} entries`, () => {
    const ids = Array.from({ length: MAX_LIST + 5 }, (_, i) => `rule-${i}`);
    const report = readSettings({ ...valid, disabledRules: ids });
    expect(report.settings.disabledRules).toHaveLength(MAX_LIST);
    expect(report.problems.join('\n')).toMatch(/more than/);
  });
});
