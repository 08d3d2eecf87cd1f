// Where the detector's time goes: the same cost ratio as the detector part,
// measured with the rule families added one step at a time. Each step runs in
// a fresh process, so every step meets the code as cold as the main figure
// does; a step measured after another would find it already optimised.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import type { Rule } from '../src/detector/rule';
import { repoRoot } from './lib';

export interface FamilyStep {
  label: string;
  /** Rule ids (or id prefixes ending in "/") this step adds to the ones before it. */
  adds: readonly string[];
}

// Ordered as the product grew: the tracking half first, then the lure checks.
// Whatever no step names lands in the last one, so the last step is always every rule.
export const FAMILY_STEPS: readonly FamilyStep[] = [
  { label: 'walker and engine, no rules', adds: [] },
  { label: '+ tracking (pixels, trackers, tokens, read receipts)', adds: ['tracking/'] },
  { label: '+ deceptive links', adds: ['lure/links'] },
  { label: '+ lookalike domains', adds: ['lure/lookalike-domain'] },
  {
    label: '+ sender and authentication checks',
    adds: ['lure/display-name-address', 'lure/impersonation', 'lure/header-mismatch', 'lure/freemail-sender', 'lure/external-sender', 'lure/auth-failure', 'lure/safety-tip'],
  },
  { label: '+ wording, fake press, attachments, the rest (all rules)', adds: [] },
];

function named(rule: Rule, ids: readonly string[]): boolean {
  return ids.some((id) => (id.endsWith('/') ? rule.meta.id.startsWith(id) : rule.meta.id === id));
}

/** The rules in force at step `index`: everything the steps up to it add; the last step takes every rule. */
export function rulesAtStep(all: readonly Rule[], index: number): readonly Rule[] {
  if (index < 0 || index >= FAMILY_STEPS.length) throw new Error(`no family step ${index}; there are ${FAMILY_STEPS.length}`);
  if (index === FAMILY_STEPS.length - 1) return all;
  const ids = FAMILY_STEPS.slice(0, index + 1).flatMap((step) => step.adds);
  return all.filter((rule) => named(rule, ids));
}

export interface FamilyRow {
  label: string;
  rules: number;
  medianRatio: number;
}

export function measureFamilies(folders: readonly string[]): FamilyRow[] {
  return FAMILY_STEPS.map((step, index) => {
    const out = execFileSync(
      process.execPath,
      ['--require', path.join(repoRoot, 'scripts/swc-register.cjs'), path.join(repoRoot, 'bench/families-child.ts'), String(index), ...folders],
      { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const { rules, medianRatio } = JSON.parse(out) as { rules: number; medianRatio: number };
    return { label: step.label, rules, medianRatio };
  });
}
