import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze.ts';
import { checkCustomRule } from '../../lib/engine/compile.ts';
import type { CustomRule } from '../../lib/engine/types.ts';

describe('analyze', () => {
  it('reports offsets that index the caller\u2019s text exactly, curly quotes and emoji included', () => {
    const text = 'Hi Jo 👋 — good news: we\u2019ll waive the setup fee and I can take 15% off.';
    const a = analyze(text);
    expect(a.text).toBe(text);
    expect(a.gives.length).toBeGreaterThanOrEqual(2);
    for (const g of a.gives) expect(text.slice(g.start, g.end)).toBe(g.text);
    expect(a.gives.map((g) => g.category)).toEqual(['price', 'price']);
  });

  it('counts only the seller\u2019s new text, not quoted history or the signature', () => {
    const text =
      'Thanks for the note, happy to help.\n\nBest,\nSam\nBook a demo: https://quid.example/demo?offer=15%25-off\n\nOn Tue, Mar 3, 2026 at 9:14 AM Jane <jane@acme.com> wrote:\n> We can take 20% off if you like.\n';
    const a = analyze(text);
    expect(a.gives).toEqual([]);
    expect(a.verdict).toBe('no-give');
    expect(a.excluded.map((e) => e.reason)).toEqual(['signature', 'quote']);
  });

  it('reads an HTML compose body and leaves its quote and signature out', () => {
    const html =
      '<div dir="ltr">We&#39;ll waive the setup fee.<div><br></div><div class="gmail_signature">Sam | I can take 50% off anything</div></div><div class="gmail_quote"><blockquote class="gmail_quote">I can take 30% off.</blockquote></div>';
    const a = analyze(html);
    expect(a.text.startsWith("We'll waive the setup fee.")).toBe(true);
    expect(a.gives.map((g) => g.text)).toEqual(['waive the setup fee']);
    for (const g of a.gives) expect(a.text.slice(g.start, g.end)).toBe(g.text);
  });

  it('treats script in a draft as text, never as something to run', () => {
    const a = analyze('<div>Hello</div><script>globalThis.pwned = true</script><img src=x onerror="globalThis.pwned = true">');
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    expect(a.text).not.toContain('pwned');
  });

  it('ignores a refusal and a ruled-out hypothetical', () => {
    expect(analyze("Unfortunately we can't take 15% off this time.").gives).toEqual([]);
    expect(analyze('Even if we wanted to take 20% off, we would lose money on the deal.').gives).toEqual([]);
    expect(analyze('Last year we waived the setup fee as a one-off.').gives).toEqual([]);
  });

  it('ignores published price terms restated, but not a give promised now beside old history', () => {
    expect(analyze('The annual plan comes with two months free, same as on our pricing page for every customer.').gives).toEqual([]);
    const a = analyze("I'll eat the transport on the first week since the pipeline let you down last month.");
    expect(a.gives.map((g) => g.category)).toEqual(['price']);
  });

  it('keeps a give that follows a refusal in another clause', () => {
    const a = analyze("We can't take 15% off, but we'll waive the setup fee.");
    expect(a.gives.map((g) => g.ruleId)).toEqual(['waived-fee']);
  });

  it('weighs the balance by the spec: gets minus gives', () => {
    const a = analyze("I can take 15% off and we'll waive the setup fee.");
    expect(a.balance).toBe(-6);
    expect(a.verdict).toBe('unreciprocated');
  });

  it('suggests at least one access or commitment ask for each unreciprocated give', () => {
    const a = analyze('I can take 15% off the first year.');
    expect(a.suggestions.length).toBeGreaterThanOrEqual(1);
    for (const s of a.suggestions) {
      expect(['access', 'commitment']).toContain(s.level);
      expect(s.text).toMatch(/^If .+\?$/);
      expect(a.gives[s.give]).toBeDefined();
    }
  });

  it('uses only the rule sets it is given and skips disabled rules', () => {
    const text = "I can take 15% off and we'll waive the setup fee.";
    expect(analyze(text, { ruleSets: [] }).gives).toEqual([]);
    expect(analyze(text, { ruleSets: ['price-concessions'] }).gives).toHaveLength(2);
    expect(analyze(text, { disabledRules: ['waived-fee'] }).gives.map((g) => g.ruleId)).toEqual(['percent-off']);
  });

  it('applies custom rules: a phrase or a pattern mapped to a category or level', () => {
    const custom: CustomRule[] = [
      { id: 'custom-bonus-hours', kind: 'give', category: 'resources', phrase: 'bonus consulting hours' },
      { id: 'custom-swag', kind: 'give', category: 'price', phrase: 'free (?:hoodies|mugs)', isPattern: true },
    ];
    const a = analyze('We include ten Bonus  Consulting Hours and free mugs for the team.', { customRules: custom });
    expect(a.gives.map((g) => [g.ruleId, g.ruleSetId, g.category, g.text])).toEqual([
      ['custom-bonus-hours', 'custom', 'resources', 'Bonus  Consulting Hours'],
      ['custom-swag', 'custom', 'price', 'free mugs'],
    ]);
  });

  it('refuses a custom pattern that does not compile or matches nothing but empty text', () => {
    const bad: CustomRule = { id: 'x', kind: 'get', level: 'access', phrase: '(unclosed', isPattern: true };
    expect(checkCustomRule(bad)).toMatchObject({ ok: false });
    expect(checkCustomRule({ ...bad, phrase: 'a*' })).toMatchObject({ ok: false });
    expect(checkCustomRule({ ...bad, phrase: 'x' })).toMatchObject({ ok: false });
    expect(checkCustomRule({ ...bad, phrase: 'your (?:cfo|ceo)' })).toEqual({ ok: true });
    // A broken rule that reaches analyze anyway is skipped, not thrown.
    expect(() => analyze('hello', { customRules: [bad] })).not.toThrow();
  });

  // The suite's timeout is the bound: a regex that backtracks on long input would hang here.
  it('handles a 1 MB draft without punctuation', () => {
    const text = 'we can take 15 percent off the list '.repeat(30_000);
    const a = analyze(text);
    expect(a.text.length).toBe(text.length);
    expect(a.gives.length).toBeGreaterThan(1000);
  });

  it('returns no-give for empty and whitespace-only input', () => {
    expect(analyze('').verdict).toBe('no-give');
    expect(analyze('   \n\n ').verdict).toBe('no-give');
  });
});
