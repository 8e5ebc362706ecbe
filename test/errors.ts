import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ErrorEnvelope } from '../src/contracts/common.js';

/** The `error` of an API error envelope. */
export const errorOf = (res: { json: () => unknown }) => (res.json() as ErrorEnvelope).error;

export const retryAfterOf = (res: LightMyRequestResponse) => (errorOf(res).details as { retryAfterSeconds: number }).retryAfterSeconds;

/** 429 RATE_LIMITED with `Retry-After` equal to `details.retryAfterSeconds`, at most `maxSeconds`. */
export function expectRateLimited(res: LightMyRequestResponse, maxSeconds: number): void {
  expect(res.statusCode, res.body).toBe(429);
  expect(errorOf(res).code).toBe('RATE_LIMITED');
  const seconds = retryAfterOf(res);
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(maxSeconds);
  expect(res.headers['retry-after']).toBe(String(seconds));
}
