import { describe, expect, it } from 'vitest';
import { checkRuleSets, parseArgs } from '../../lib/cli/args.ts';

describe('parseArgs', () => {
  it('parses analyze with flags and files in order', () => {
    expect(parseArgs(['analyze', '--json', 'a.txt', '--rules', 'x,y', 'b.eml', '-'])).toEqual({
      command: 'analyze',
      json: true,
      ruleSets: ['x', 'y'],
      files: ['a.txt', 'b.eml', '-'],
    });
  });

  it('defaults to human output and all rule sets', () => {
    expect(parseArgs(['analyze', 'a.txt'])).toEqual({
      command: 'analyze',
      json: false,
      ruleSets: undefined,
      files: ['a.txt'],
    });
  });

  it('accepts --rules=, trims, drops empty ids, dedupes and accumulates', () => {
    const parsed = parseArgs(['analyze', '--rules=a, b,,a', '--rules', 'c', 'f']);
    expect(parsed).toMatchObject({ command: 'analyze', ruleSets: ['a', 'b', 'c'] });
  });

  it('treats everything after -- as files', () => {
    expect(parseArgs(['analyze', '--', '--json', '-x'])).toMatchObject({
      command: 'analyze',
      json: false,
      files: ['--json', '-x'],
    });
  });

  it.each([[['--help']], [['-h']], [['help']], [['analyze', '--help']], [['analyze', 'a.txt', '-h']], [['bogus', '--help']]])(
    'recognises help: %j',
    (argv) => {
      expect(parseArgs(argv)).toEqual({ command: 'help' });
    },
  );

  it('does not read --help after -- as help', () => {
    expect(parseArgs(['analyze', '--', '--help'])).toMatchObject({ command: 'analyze', files: ['--help'] });
  });

  it.each([
    [[], /missing command/],
    [['lint', 'a.txt'], /unknown command 'lint'/],
    [['analyze'], /no files/],
    [['analyze', '--json'], /no files/],
    [['analyze', '--verbose', 'a.txt'], /unknown option '--verbose'/],
    [['analyze', '-j', 'a.txt'], /unknown option '-j'/],
    [['analyze', 'a.txt', '--rules'], /--rules needs/],
    [['analyze', '--rules', ',', 'a.txt'], /--rules needs/],
    [['analyze', '--rules=', 'a.txt'], /--rules needs/],
    [['analyze', '-', '-'], /only once/],
  ])('rejects %j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.command).toBe('error');
    if (parsed.command === 'error') {
      expect(parsed.message).toMatch(message);
      expect(parsed.message).not.toContain('\n');
    }
  });
});

describe('checkRuleSets', () => {
  it('accepts known ids', () => {
    expect(checkRuleSets(['a', 'b'], ['a', 'b', 'c'])).toBeUndefined();
  });

  it('names every unknown id and lists the known ones', () => {
    expect(checkRuleSets(['a', 'zz', 'yy'], ['a', 'b'])).toBe("unknown rule-set ids 'zz', 'yy' (known: a, b)");
    expect(checkRuleSets(['zz'], ['a'])).toBe("unknown rule-set id 'zz' (known: a)");
  });
});
