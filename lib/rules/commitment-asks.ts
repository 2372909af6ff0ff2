import type { RuleSet } from './types.ts';

export const commitmentAsks: RuleSet = {
  id: 'commitment-asks',
  title: 'Commitment asks',
  description: 'TODO',
  rules: [],
};
