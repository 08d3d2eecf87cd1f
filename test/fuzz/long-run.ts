// `npm run fuzz`: the same properties as the bounded run in `npm test`, many
// more cases, a fresh seed each time (printed so a failure can be replayed
// with FUZZ_SEED=<seed> npm run fuzz). FUZZ_RUNS sets the case count per property.
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeHeadersProperty, analyzeHtmlProperty, emlProperty, mutatedSampleProperty } from './properties';

async function main(): Promise<void> {
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
  const numRuns = Number(process.env.FUZZ_RUNS ?? 20_000);
  const samplesDir = path.resolve(__dirname, '../../assets/samples');
  const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.eml')).map((f) => new Uint8Array(fs.readFileSync(path.join(samplesDir, f))));
  console.log(`fuzz: seed ${seed}, ${numRuns} cases per property`);
  const runs: [string, () => Promise<void> | void][] = [
    ['analyze/html', () => fc.assert(analyzeHtmlProperty(), { numRuns, seed })],
    ['analyze/headers', () => fc.assert(analyzeHeadersProperty(), { numRuns, seed })],
    ['eml/hostile', () => fc.assert(emlProperty(), { numRuns: Math.ceil(numRuns / 4), seed })],
    ['eml/mutated-samples', () => fc.assert(mutatedSampleProperty(samples), { numRuns: Math.ceil(numRuns / 4), seed })],
  ];
  for (const [name, run] of runs) {
    const start = performance.now();
    await run();
    console.log(`  ${name}: ok in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
