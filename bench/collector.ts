// `npm run bench:collector`: starts the collector as its own process on
// 127.0.0.1 with a fresh SQLite file (or DATABASE_URL when set), posts reports
// with ~32 in flight from this process, and prints accepted reports/second and
// latency percentiles. Bounded by count and by time so it always ends.
//   --count 5000 --concurrency 32 --seconds 20 --eml-kb 30
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { makeReport, sampleEml } from '../src/collector/testing/fixtures';

const TOKEN = 'bench-report-token-0123456789';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, deadline: number): Promise<string> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return ((await res.json()) as { db: string }).db;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('collector did not become healthy within 30 s');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const count = option('count', 5000);
  const concurrency = option('concurrency', 32);
  const seconds = option('seconds', 20);
  const emlKb = option('eml-kb', 30);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearsight-bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '../src/collector/main.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      CLEARSIGHT_DB: path.join(dir, 'bench.db'),
      CLEARSIGHT_REPORT_TOKEN: TOKEN,
      CLEARSIGHT_ADMIN_PASSWORD: 'bench-admin-password',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    const db = await waitForHealth(base, Date.now() + 30_000);
    // Bodies are built before the clock starts: we measure the collector, not JSON.stringify here.
    const padding = 'x'.repeat(Math.max(0, emlKb * 1024 - 600));
    const bodies = Array.from({ length: count }, (_, i) =>
      JSON.stringify(
        makeReport({
          subject: `Benchmark lure ${i % 50}`,
          trackerHost: `px${i % 20}.bench.example`,
          reporter: `user${i % 300}@parliament.example`,
          eml: Buffer.concat([sampleEml(`Benchmark lure ${i % 50}`), Buffer.from(padding)]),
        }),
      ),
    );
    const latencies: number[] = [];
    let next = 0;
    let accepted = 0;
    let failed = 0;
    const started = performance.now();
    const stopAt = started + seconds * 1000;
    const worker = async () => {
      while (next < bodies.length && performance.now() < stopAt) {
        const body = bodies[next++]!;
        const t0 = performance.now();
        const res = await fetch(`${base}/api/reports`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body,
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status === 201) accepted++;
        else failed++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const bodyKb = Math.round(bodies[0]!.length / 1024);
    console.log(`collector benchmark: ${db}, ${os.cpus().length} CPUs, ${concurrency} in flight, ~${bodyKb} KB per report`);
    console.log(`  accepted ${accepted} reports in ${elapsed.toFixed(1)} s (${failed} failed)`);
    console.log(`  throughput ${(accepted / elapsed).toFixed(0)} reports/s`);
    console.log(
      `  latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies[latencies.length - 1]?.toFixed(1)} ms`,
    );
    if (failed > 0) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
