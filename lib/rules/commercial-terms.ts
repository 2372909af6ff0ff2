import type { RuleSet } from './types.ts';

export const commercialTerms: RuleSet = {
  id: 'commercial-terms',
  title: 'Commercial terms',
  description: 'TODO',
  rules: [],
};
