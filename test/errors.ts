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

/** An error answer: the status and, in the envelope, the code. */
export function expectError(res: LightMyRequestResponse, status: number, code: string): void {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json()).toMatchObject({ success: false, error: { code } });
}

/** A 400 VALIDATION_ERROR whose details name `field` (among any others). */
export function expectFieldError(res: LightMyRequestResponse, field: string): void {
  expectError(res, 400, 'VALIDATION_ERROR');
  expect(errorOf(res).details).toContainEqual(expect.objectContaining({ field }));
}

/** The whole envelope of an error without details: its code, a message and the time, nothing else. */
export function expectBareErrorEnvelope(body: unknown, code: string): void {
  expect(body).toEqual({
    success: false,
    error: { code, message: expect.any(String), details: null },
    timestamp: expect.any(String),
  } satisfies Record<keyof ErrorEnvelope, unknown>);
}
