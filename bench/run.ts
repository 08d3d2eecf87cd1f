// `npm run bench [-- --only detector,families,scaling,hostile,bundle,banner,scanner] [--folder DIR …]`
// Prints a table, writes bench/results.json, and exits 1 when a target is missed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { measureBundle } from './bundle';
import { measureDetectorCost } from './detector';
import { measureFamilies } from './families';
import { measureHostile } from './hostile';
import { check, type Check, defaultFolders, repoRoot } from './lib';
import { measureScaling } from './scaling';
import { measureScanner } from './scanner';

const PARTS = ['detector', 'families', 'scaling', 'hostile', 'bundle', 'banner', 'scanner'] as const;
type Part = (typeof PARTS)[number];

function parseArgs(argv: string[]): { parts: Part[]; folders: string[] } {
  let parts: Part[] = [...PARTS];
  const folders: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--only') {
      parts = (argv[++i] ?? '').split(',').filter(Boolean) as Part[];
      const unknown = parts.filter((p) => !PARTS.includes(p));
      if (unknown.length) throw new Error(`unknown part ${unknown.join(', ')}; choose from ${PARTS.join(', ')}`);
    } else if (arg === '--folder') folders.push(path.resolve(argv[++i] ?? '.'));
    else throw new Error(`unknown option ${arg}`);
  }
  return { parts, folders: folders.length ? folders : defaultFolders };
}

async function main(): Promise<void> {
  const { parts, folders } = parseArgs(process.argv.slice(2));
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length };
  const checks: Check[] = [];
  let lastLine = '';

  if (parts.includes('detector')) {
    const cost = await measureDetectorCost(folders);
    results.detector = cost;
    console.log(`detector: ${cost.withHtml} HTML messages of ${cost.messages}; analyze ${cost.analyzeMBps.toFixed(1)} MB/s, bare parse ${cost.parseMBps.toFixed(1)} MB/s; ratio median ${cost.medianRatio.toFixed(2)}, p90 ${cost.p90Ratio.toFixed(2)}; once warm ${cost.warmMedianRatio?.toFixed(2)}`);
    checks.push(check('analyze / bare parse (median)', cost.medianRatio, '×', 2));
    lastLine = `detector/parse median ratio: ${cost.medianRatio.toFixed(2)}`;
  }
  if (parts.includes('families')) {
    // Informational: how the ratio builds up family by family (each step in a fresh process).
    const rows = measureFamilies(folders);
    results.families = rows;
    console.log('detector ratio by rule family (cumulative, each step in a fresh process):');
    for (const r of rows) console.log(`  ${r.label.padEnd(58)} ${String(r.rules).padStart(2)} rules  ${r.medianRatio.toFixed(2).padStart(5)} ×`);
  }
  if (parts.includes('scaling')) {
    const rows = measureScaling();
    results.scaling = rows;
    console.log('scaling:');
    for (const r of rows) console.log(`  ${r.label.padStart(7)}  ${r.ms.toFixed(1).padStart(8)} ms  ${r.msPerMB.toFixed(1).padStart(7)} ms/MB  peak +${r.peakMB.toFixed(0)} MB`);
    const oneMB = rows.find((r) => r.label === '1 MB');
    const tenMB = rows.find((r) => r.label === '10 MB');
    if (oneMB && tenMB) checks.push(check('10 MB time / 1 MB time', tenMB.ms / oneMB.ms, '×', 12));
  }
  if (parts.includes('hostile')) {
    const rows = measureHostile();
    results.hostile = rows;
    console.log('hostile bodies (median of 3 after a warm-up):');
    for (const r of rows) console.log(`  ${r.name.padEnd(44)} ${(r.bytes / 1e6).toFixed(1).padStart(5)} MB  ${r.ms.toFixed(0).padStart(6)} ms`);
    checks.push(check('slowest hostile body', Math.max(...rows.map((r) => r.ms)), 'ms', 1000));
  }
  if (parts.includes('bundle')) {
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: repoRoot, stdio: 'ignore' });
    const bundle = measureBundle(path.join(repoRoot, 'dist'));
    results.bundle = bundle;
    console.log(`bundle: taskpane initial JS ${bundle.jsGzipKB.toFixed(1)} KB gzip, CSS ${bundle.cssGzipKB.toFixed(1)} KB gzip (${bundle.files.map((f) => f.file).join(', ')})`);
    checks.push(check('taskpane initial JS (gzip)', bundle.jsGzipKB, 'KB', 200));
  }
  if (parts.includes('banner')) {
    const { measureTimeToBanner } = await import('./banner');
    const banner = await measureTimeToBanner(20);
    results.banner = banner;
    console.log(`time-to-banner: median ${banner.medianMs.toFixed(0)} ms over ${banner.samples.length} samples × ${banner.repeats} (cold first banner ${banner.coldMs.toFixed(0)} ms)`);
    for (const s of banner.samples) console.log(`  ${s.sample.padEnd(36)} ${s.medianMs.toFixed(0)} ms`);
    checks.push(check('time-to-banner (median)', banner.medianMs, 'ms', 150));
  }
  if (parts.includes('scanner')) {
    const scanner = measureScanner(folders);
    results.scanner = scanner;
    console.log(`scanner: ${scanner.messages} messages in ${scanner.seconds.toFixed(1)} s = ${scanner.messagesPerSecond.toFixed(0)} messages/s (start-up included)`);
  }

  results.checks = checks;
  fs.writeFileSync(path.join(repoRoot, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\ntarget                             value        target   ');
  for (const c of checks) console.log(`${c.pass ? 'PASS' : 'FAIL'} ${c.name.padEnd(30)} ${c.value.toFixed(2).padStart(8)} ${c.unit.padEnd(3)} ≤ ${c.target} ${c.unit}`);
  if (checks.some((c) => !c.pass)) process.exitCode = 1;
  if (lastLine) console.log(lastLine);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
