import type { RuleSet } from './types.ts';

export const scheduleDeference: RuleSet = {
  id: 'schedule-deference',
  title: 'Schedule deference',
  description: 'TODO',
  rules: [],
};
