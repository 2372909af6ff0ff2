import type { RuleSet } from './types.ts';

export const accessAsks: RuleSet = {
  id: 'access-asks',
  title: 'Access asks',
  description: 'TODO',
  rules: [],
};
