import type { RuleSet } from './types.ts';

export const freeResources: RuleSet = {
  id: 'free-resources',
  title: 'Free resources',
  description: 'TODO',
  rules: [],
};
