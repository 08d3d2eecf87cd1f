/** A manual clock for the outbox: timers fire only when the test advances time. */
export class ManualClock {
  private current: number;
  private nextHandle = 1;
  readonly timers = new Map<number, { at: number; callback: () => void }>();

  constructor(start = Date.UTC(2026, 10, 27, 10, 0, 0)) {
    this.current = start;
  }

  now = (): number => this.current;

  setTimer = (callback: () => void, ms: number): unknown => {
    const handle = this.nextHandle++;
    this.timers.set(handle, { at: this.current + ms, callback });
    return handle;
  };

  clearTimer = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  /** The delay until the earliest pending timer, or undefined. */
  pendingDelay(): number | undefined {
    const ats = [...this.timers.values()].map((t) => t.at);
    return ats.length ? Math.min(...ats) - this.current : undefined;
  }

  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void {
    this.current += ms;
    for (const [handle, timer] of [...this.timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at <= this.current) {
        this.timers.delete(handle);
        timer.callback();
      }
    }
  }
}
