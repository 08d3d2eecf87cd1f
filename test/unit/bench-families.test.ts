// The benchmark's family breakdown must keep meaning what its labels say when
// rules are added or renamed: a step naming a rule that no longer exists would
// quietly measure less than its label claims.
import { allRules } from '../../src/detector/rules';
import { FAMILY_STEPS, rulesAtStep } from '../../bench/families';

describe('bench family steps', () => {
  it('names only rules that exist', () => {
    const ids = allRules.map((rule) => rule.meta.id);
    for (const step of FAMILY_STEPS) {
      for (const named of step.adds) {
        const matches = named.endsWith('/') ? ids.filter((id) => id.startsWith(named)) : ids.filter((id) => id === named);
        expect({ step: step.label, named, matches: matches.length > 0 }).toEqual({ step: step.label, named, matches: true });
      }
    }
  });

  it('adds rules step by step and ends with every rule', () => {
    let previous: readonly unknown[] = [];
    FAMILY_STEPS.forEach((step, index) => {
      const rules = rulesAtStep(allRules, index);
      expect(previous.every((rule) => rules.includes(rule as never))).toBe(true);
      if (index > 0) expect(rules.length).toBeGreaterThan(previous.length);
      previous = rules;
    });
    expect(rulesAtStep(allRules, 0)).toEqual([]);
    expect(rulesAtStep(allRules, FAMILY_STEPS.length - 1)).toBe(allRules);
  });

  it('refuses a step that does not exist', () => {
    expect(() => rulesAtStep(allRules, FAMILY_STEPS.length)).toThrow(/no family step/);
  });
});
