import { csrfMatches, LoginThrottle, readCookie, SessionStore } from '../../src/collector/triage/sessions';

describe('LoginThrottle', () => {
  test('allows five failures, then blocks that client only until the window ends', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(5, 60_000, () => now);
    for (let i = 0; i < 5; i++) {
      expect(throttle.retryAfter('10.0.0.1')).toBe(0);
      throttle.fail('10.0.0.1');
    }
    expect(throttle.retryAfter('10.0.0.1')).toBe(60);
    expect(throttle.retryAfter('10.0.0.2')).toBe(0);
    now += 45_000;
    expect(throttle.retryAfter('10.0.0.1')).toBe(15);
    now += 15_000;
    expect(throttle.retryAfter('10.0.0.1')).toBe(0);
  });

  test('a success clears the count', () => {
    const throttle = new LoginThrottle(2, 60_000, () => 0);
    throttle.fail('a');
    throttle.succeed('a');
    throttle.fail('a');
    expect(throttle.retryAfter('a')).toBe(0);
    throttle.fail('a');
    expect(throttle.retryAfter('a')).toBeGreaterThan(0);
  });
});

describe('SessionStore', () => {
  test('sessions are random, carry a CSRF token, and expire after 8 hours', () => {
    let now = 0;
    const store = new SessionStore(() => now);
    const a = store.create();
    const b = store.create();
    expect(a.id).not.toBe(b.id);
    expect(a.csrfToken).not.toBe(a.id);
    expect(csrfMatches(a, a.csrfToken)).toBe(true);
    expect(csrfMatches(a, b.csrfToken)).toBe(false);
    expect(csrfMatches(a, undefined)).toBe(false);
    now = 8 * 60 * 60 * 1000 - 1;
    expect(store.get(a.id)).toBe(a);
    now += 1;
    expect(store.get(a.id)).toBeUndefined();
  });
});

test('readCookie finds one cookie among several', () => {
  expect(readCookie('a=1; clearsight_session=xyz; b=2', 'clearsight_session')).toBe('xyz');
  expect(readCookie('xclearsight_session=no', 'clearsight_session')).toBeUndefined();
  expect(readCookie(undefined, 'clearsight_session')).toBeUndefined();
});
