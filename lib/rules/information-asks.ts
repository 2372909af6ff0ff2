import type { RuleSet } from './types.ts';

export const informationAsks: RuleSet = {
  id: 'information-asks',
  title: 'Information asks',
  description: 'TODO',
  rules: [],
};
