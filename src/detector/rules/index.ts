// The one list of rules. Adding a rule is adding a file and a line here.
import type { Rule } from '../rule';
import { readReceipt } from './read-receipt';

export const allRules: readonly Rule[] = [
  readReceipt,
];
