import { expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { compareRuleIds } from '../../src/engine/rule.js';

it('orders rule ids as localeCompare does, for every catalogue id and kebab-case edge cases', () => {
  const ids = [
    ...allRules.map((rule) => rule.id),
    'a-b',
    'ab',
    'a0',
    'a-0',
    's3-x',
    's3x',
    'iam-user',
    'iam-users',
  ];
  expect([...ids].sort(compareRuleIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  expect(compareRuleIds('same', 'same')).toBe(0);
});
