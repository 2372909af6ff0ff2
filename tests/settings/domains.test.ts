import { describe, expect, it } from 'vitest';
import { customRuleId, slugify } from '../../lib/settings/custom-rules.ts';
import { checkDomain, checkDomainOrAddress, splitEntries } from '../../lib/settings/domains.ts';

describe('checkDomain', () => {
  it('accepts domains, normalised', () => {
    for (const [input, value] of [
      ['acme.com', 'acme.com'],
      ['  ACME.co.uk ', 'acme.co.uk'],
      ['@acme-europe.de', 'acme-europe.de'],
      ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ]) {
      expect(checkDomain(input as string)).toEqual({ ok: true, value });
    }
  });

  it('refuses what is not a domain, saying why', () => {
    expect(checkDomain('')).toMatchObject({ ok: false, message: 'Enter a domain, like acme.com.' });
    expect(checkDomain('acme')).toMatchObject({ ok: false, message: expect.stringContaining('is not a domain') as unknown });
    expect(checkDomain('jane@acme.com')).toMatchObject({ ok: false, message: expect.stringContaining('is an address') as unknown });
    expect(checkDomain('https://acme.com/')).toMatchObject({ ok: false, message: expect.stringContaining('web address') as unknown });
    for (const bad of ['acme..com', '-acme.com', 'acme.c', 'ac me.com', 'acme.123', `${'a'.repeat(64)}.com`]) {
      expect(checkDomain(bad).ok, bad).toBe(false);
    }
  });
});

describe('checkDomainOrAddress', () => {
  it('accepts a domain or an address, lower-cased', () => {
    expect(checkDomainOrAddress('Jane.Doe+q@Example.COM')).toEqual({ ok: true, value: 'jane.doe+q@example.com' });
    expect(checkDomainOrAddress('partner.com')).toEqual({ ok: true, value: 'partner.com' });
  });

  it('refuses broken addresses and non-domains', () => {
    for (const bad of ['jane@', '@', 'jane@acme', 'ja ne@acme.com', 'partner', '']) {
      expect(checkDomainOrAddress(bad).ok, bad).toBe(false);
    }
  });
});

describe('splitEntries', () => {
  it('splits on commas, semicolons and spaces', () => {
    expect(splitEntries(' a.com, b.com;c.com  d.com ')).toEqual(['a.com', 'b.com', 'c.com', 'd.com']);
    expect(splitEntries('  ')).toEqual([]);
  });
});

describe('customRuleId', () => {
  it('is custom-<slug>-<n>, the first n not taken', () => {
    expect(customRuleId('Free pilot!', [])).toBe('custom-free-pilot-1');
    expect(customRuleId('free pilot', [{ id: 'custom-free-pilot-1' }, { id: 'custom-free-pilot-2' }])).toBe('custom-free-pilot-3');
    expect(customRuleId('\\d+%', [])).toBe('custom-d-1');
    expect(customRuleId('€€€', [])).toBe('custom-pattern-1');
  });

  it('keeps slugs short and clean', () => {
    expect(slugify('We will throw in a free onsite training week for your whole team')).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slugify('We will throw in a free onsite training week for your whole team').length).toBeLessThanOrEqual(32);
  });
});
