import { describe, expect, it } from 'vitest';
import { checkCustomRule } from '../../lib/engine/compile.ts';
import { isCatastrophic } from '../../lib/engine/slow-pattern.ts';

describe('custom patterns that backtrack catastrophically', () => {
  it.each(['(a+)+$', '(\\w+\\s?)+$', '([a-z]+)*@', '(a|aa)+$', '(?:\\d+)*x', '^(a+)+b'])('refuses %s', (pattern) => {
    expect(isCatastrophic(pattern)).toBe(true);
    expect(checkCustomRule({ id: 'c', kind: 'give', category: 'price', phrase: pattern, isPattern: true })).toMatchObject({
      ok: false,
      message: expect.stringContaining('simplify') as unknown,
    });
  });

  it.each(['free\\s+pilot', '\\b(?:waive|drop)\\s+(?:the\\s+)?setup fee', '(?<![\\w])first year(?![\\w])', 'your (?:cfo|ceo)', '\\d+% off', '(?:\\w+\\s+){0,3}discount'])(
    'accepts %s',
    (pattern) => {
      expect(isCatastrophic(pattern)).toBe(false);
      expect(checkCustomRule({ id: 'c', kind: 'get', level: 'access', phrase: pattern, isPattern: true })).toEqual({ ok: true });
    },
  );

  it('leaves plain phrases alone (they are escaped, never run as patterns)', () => {
    expect(checkCustomRule({ id: 'c', kind: 'give', category: 'price', phrase: '(a+)+' })).toEqual({ ok: true });
  });
});
