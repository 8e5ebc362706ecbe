import type { Clock } from '../src/server/lib/clock.js';

export type TestClock = Clock & { advance: (ms: number) => void };

/** Time that stands still unless a test moves it, so expiry and windows are exact and need no sleeping. */
export const testClock = (start = Date.now()): TestClock => {
  let t = start;
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
};
