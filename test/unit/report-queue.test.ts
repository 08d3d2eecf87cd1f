import type { DeliveryOutcome } from '../../src/report/delivery';
import type { ReportPayload } from '../../src/report/payload';
import { OUTBOX_PREFIX, Outbox, type OutboxDeps, type OutboxEntry } from '../../src/report/queue';
import { memoryStorage, type OutboxStorage } from '../../src/report/storage';
import { ManualClock } from '../helpers/report-clock';
import { samplePayload } from '../helpers/report-payload';

type Script = (payload: ReportPayload) => DeliveryOutcome | Promise<DeliveryOutcome>;

function setup(options: { storage?: OutboxStorage; clock?: ManualClock; random?: number; instanceId?: string; script?: Script } = {}) {
  const storage = options.storage ?? memoryStorage();
  const clock = options.clock ?? new ManualClock();
  const sent: ReportPayload[] = [];
  let script: Script = options.script ?? ((p) => ({ kind: 'delivered', reference: `srv-${p.reportId.slice(0, 4)}` }));
  const deps: OutboxDeps = {
    storage,
    now: clock.now,
    random: () => options.random ?? 0.5,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    instanceId: options.instanceId ?? 'pane-a',
    send: async (payload) => {
      sent.push(payload);
      return script(payload);
    },
  };
  const outbox = new Outbox(deps);
  return { outbox, storage, clock, sent, setScript: (s: Script) => { script = s; } };
}

const offline: DeliveryOutcome = { kind: 'retry', offline: true, reason: 'network error: Failed to fetch' };

describe('Outbox', () => {
  it('delivers, keeps only a small sent record with the reference, and drops the payload', async () => {
    const { outbox, storage, sent } = setup();
    const payload = samplePayload();
    await outbox.enqueue(payload);
    await outbox.flush();
    expect(sent).toHaveLength(1);
    const entry = await outbox.get(payload.idempotencyKey);
    expect(entry).toMatchObject({ state: 'sent', reference: 'srv-3b24', attempts: 1 });
    expect(entry?.payload).toBeUndefined();
    expect(await storage.keys()).toEqual([OUTBOX_PREFIX + payload.idempotencyKey]);
  });

  it('survives a restart: a new outbox on the same storage sends what the old one queued', async () => {
    const storage = memoryStorage();
    const clock = new ManualClock();
    const first = setup({ storage, clock, script: () => offline });
    await first.outbox.enqueue(samplePayload());
    await first.outbox.flush();
    expect((await first.outbox.get(samplePayload().idempotencyKey))?.state).toBe('queued');

    // "Restart": the first instance is gone; only the storage remains.
    const second = setup({ storage, clock, instanceId: 'pane-b' });
    clock.advance(60_000);
    await second.outbox.flush();
    expect(second.sent).toHaveLength(1);
    expect(second.sent[0]).toEqual(samplePayload());
    expect((await second.outbox.get(samplePayload().idempotencyKey))?.state).toBe('sent');
  });

  it('backs off exponentially with jitter up to the cap', async () => {
    const { outbox, clock, sent } = setup({ script: () => ({ kind: 'retry', offline: false, reason: 'HTTP 503' }), random: 0 });
    const key = samplePayload().idempotencyKey;
    await outbox.enqueue(samplePayload());
    await outbox.flush();
    const gaps: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const entry = (await outbox.get(key))!;
      gaps.push(entry.nextAttemptAt - clock.now());
      // Not yet due: a flush just before the time sends nothing.
      clock.advance(entry.nextAttemptAt - clock.now() - 1);
      const before = sent.length;
      await outbox.flush();
      expect(sent.length).toBe(before);
      clock.advance(1);
      await outbox.flush();
      expect(sent.length).toBe(before + 1);
    }
    // random() = 0 gives the lower half of each step: base 5 s doubling, capped at 15 min.
    expect(gaps).toEqual([2500, 5000, 10000, 20000, 40000, 80000, 160000, 320000, 450000, 450000]);
    expect(outbox.backoffDelay(3)).toBe(10_000);
  });

  it('jitter spreads retries between half and all of the step', () => {
    expect(setup({ random: 0 }).outbox.backoffDelay(4)).toBe(20_000);
    expect(setup({ random: 0.999999 }).outbox.backoffDelay(4)).toBe(40_000);
  });

  it('schedules its own next attempt on the injected clock', async () => {
    const { outbox, clock, sent, setScript } = setup({ script: () => offline, random: 0 });
    await outbox.enqueue(samplePayload());
    await outbox.flush();
    expect(clock.pendingDelay()).toBe(2500);
    setScript(() => ({ kind: 'delivered', reference: 'r1' }));
    clock.advance(2500);
    await outbox.flush(); // joins the run the timer started
    expect(sent).toHaveLength(2);
    expect(clock.pendingDelay()).toBeUndefined();
  });

  it('goes offline → queued, then online → delivered exactly once, even with a burst of online events', async () => {
    const { outbox, sent, setScript } = setup({ script: () => offline });
    const events = new EventTarget();
    const stop = outbox.start(events);
    const key = samplePayload().idempotencyKey;
    const states: OutboxEntry['state'][] = [];
    outbox.subscribe((e) => states.push(e.state));
    await outbox.enqueue(samplePayload());
    await outbox.flush();
    expect(await outbox.get(key)).toMatchObject({ state: 'queued', offline: true, lastError: expect.stringContaining('network') });

    setScript(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return { kind: 'delivered', reference: 'srv-1' };
    });
    for (let i = 0; i < 5; i += 1) events.dispatchEvent(new Event('online'));
    await outbox.flush();
    await outbox.flush();
    expect(sent.filter((p) => p.idempotencyKey === key)).toHaveLength(2); // one offline attempt + one delivery
    expect(await outbox.get(key)).toMatchObject({ state: 'sent', reference: 'srv-1' });
    expect(states).toEqual(['queued', 'sending', 'queued', 'sending', 'sent']);
    stop();
  });

  it('honours Retry-After when it is longer than the backoff, within a cap', async () => {
    const { outbox, clock } = setup({ script: () => ({ kind: 'retry', offline: false, reason: 'HTTP 429', retryAfterMs: 120_000 }) });
    await outbox.enqueue(samplePayload());
    await outbox.flush();
    const entry = (await outbox.get(samplePayload().idempotencyKey))!;
    expect(entry.nextAttemptAt - clock.now()).toBe(120_000);

    const huge = setup({ script: () => ({ kind: 'retry', offline: false, reason: 'HTTP 503', retryAfterMs: 30 * 86400_000 }) });
    await huge.outbox.enqueue(samplePayload());
    await huge.outbox.flush();
    const capped = (await huge.outbox.get(samplePayload().idempotencyKey))!;
    expect(capped.nextAttemptAt - huge.clock.now()).toBe(6 * 3600_000);
  });

  it('stops on a permanent failure with the reason, and Retry sends again', async () => {
    const { outbox, sent, setScript, clock } = setup({ script: () => ({ kind: 'permanent', reason: 'HTTP 401: bad token' }) });
    const key = samplePayload().idempotencyKey;
    await outbox.enqueue(samplePayload());
    await outbox.flush();
    expect(await outbox.get(key)).toMatchObject({ state: 'failed', lastError: 'HTTP 401: bad token' });
    clock.advance(24 * 3600_000);
    await outbox.flush();
    expect(sent).toHaveLength(1); // failed entries are never retried on their own
    setScript(() => ({ kind: 'delivered', reference: 'srv-9' }));
    await outbox.retry(key);
    expect(sent).toHaveLength(2);
    expect(await outbox.get(key)).toMatchObject({ state: 'sent', reference: 'srv-9' });
  });

  it('never enqueues the same message from the same reporter twice, nor sends it again once sent', async () => {
    const { outbox, sent, storage } = setup({ script: () => offline });
    const first = await outbox.enqueue(samplePayload());
    const second = await outbox.enqueue(samplePayload({ reportId: '0f8fad5b-d9cb-469f-a165-70867728950e', comment: 'again' }));
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    expect(await storage.keys()).toHaveLength(1);
    await outbox.flush();
    expect(sent).toHaveLength(1);

    const delivered = setup();
    await delivered.outbox.enqueue(samplePayload());
    await delivered.outbox.flush();
    const again = await delivered.outbox.enqueue(samplePayload());
    await delivered.outbox.flush();
    expect(again).toMatchObject({ duplicate: true, entry: { state: 'sent' } });
    expect(delivered.sent).toHaveLength(1);
  });

  it('two panes on one storage send a queued report once', async () => {
    const storage = memoryStorage();
    const clock = new ManualClock();
    let deliveries = 0;
    const slowDelivery: Script = async () => {
      deliveries += 1;
      await new Promise((r) => setTimeout(r, 10));
      return { kind: 'delivered', reference: 'srv' };
    };
    const a = setup({ storage, clock, instanceId: 'pane-a', script: slowDelivery });
    const b = setup({ storage, clock, instanceId: 'pane-b', script: slowDelivery });
    await a.outbox.enqueue(samplePayload());
    await Promise.all([a.outbox.flush(), b.outbox.flush()]);
    await Promise.all([a.outbox.flush(), b.outbox.flush()]);
    expect(deliveries).toBe(1);
    expect(await a.outbox.get(samplePayload().idempotencyKey)).toMatchObject({ state: 'sent' });
  });

  it('a claim abandoned by a closed pane expires and the report is retried', async () => {
    const storage = memoryStorage();
    const clock = new ManualClock();
    const abandoned: OutboxEntry = {
      key: samplePayload().idempotencyKey, payload: samplePayload(), state: 'sending', attempts: 0,
      nextAttemptAt: clock.now(), createdAt: clock.now(), updatedAt: clock.now(), claimedBy: 'closed-pane', claimUntil: clock.now() + 90_000,
    };
    await storage.setItem(OUTBOX_PREFIX + abandoned.key, JSON.stringify(abandoned));
    const { outbox, sent } = setup({ storage, clock });
    await outbox.flush();
    expect(sent).toHaveLength(0);
    clock.advance(90_000);
    await outbox.flush();
    expect(sent).toHaveLength(1);
  });

  it('when storage is full keeps the .eml in memory, persisting a flagged copy without it', async () => {
    const inner = memoryStorage();
    const quota: OutboxStorage = {
      ...inner,
      setItem: async (key, value) => {
        if (value.length > 5_000) throw new Error('QuotaExceededError');
        await inner.setItem(key, value);
      },
    };
    const { emlOmitted: _o, ...rest } = samplePayload();
    const withEml: ReportPayload = { ...rest, eml: 'QUJD'.repeat(2_000) };
    const { outbox, sent } = setup({ storage: quota, script: () => offline });
    await outbox.enqueue(withEml);
    const stored = JSON.parse(inner.dump()[OUTBOX_PREFIX + withEml.idempotencyKey]!) as OutboxEntry;
    expect(stored.payload?.eml).toBeUndefined();
    expect(stored.payload?.emlOmitted?.reason).toBe('too-large');
    await outbox.flush();
    expect(sent[0]?.eml).toBe(withEml.eml); // this pane still sends the full message

    const restarted = setup({ storage: quota, instanceId: 'pane-b' });
    restarted.clock.advance(3600_000);
    await restarted.outbox.flush();
    expect(restarted.sent[0]?.eml).toBeUndefined();
    expect(restarted.sent[0]?.emlOmitted?.reason).toBe('too-large');
  });

  it('reports a clear error when nothing can be stored', async () => {
    const broken: OutboxStorage = { ...memoryStorage(), setItem: async () => { throw new Error('disk full'); } };
    const { outbox } = setup({ storage: broken });
    await expect(outbox.enqueue(samplePayload())).rejects.toThrow('could not save the report: disk full');
  });
});
