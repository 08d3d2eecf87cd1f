// One step of the family breakdown, in its own process: argv is the step index, then the folders.
import { allRules } from '../src/detector/rules';
import { measureDetectorCost } from './detector';
import { rulesAtStep } from './families';

async function main(): Promise<void> {
  const [step, ...folders] = process.argv.slice(2);
  const rules = rulesAtStep(allRules, Number(step));
  const cost = await measureDetectorCost(folders, 7, { rules, warm: false });
  process.stdout.write(JSON.stringify({ rules: rules.length, medianRatio: cost.medianRatio }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
