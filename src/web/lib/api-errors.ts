import type { ErrorCode } from '../../contracts/errors';
import { isPasswordRule, type PasswordRule } from '../../contracts/password-rules';
import { ApiError } from './api-client';

export type FieldErrors = Partial<Record<string, string>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * VALIDATION_ERROR and AUTH_WEAK_PASSWORD carry `[{field, message}]`; fields of nested objects
 * arrive as paths (`business.name`). The first message per field wins.
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return errors;
  for (const item of error.details as unknown[]) {
    if (!isRecord(item) || typeof item.message !== 'string') continue;
    const field = Array.isArray(item.field) ? item.field.join('.') : item.field;
    if (typeof field !== 'string' || field === '') continue;
    errors[field] ??= item.message;
  }
  return errors;
}

/** The rules an AUTH_WEAK_PASSWORD answer lists as unmet. */
export function unmetRulesOf(error: unknown): PasswordRule[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as unknown[]).flatMap((item) =>
    isRecord(item) && isPasswordRule(item.rule) ? [item.rule] : [],
  );
}

/** `details.retryAfterSeconds` of a lockout or rate limit. */
export function retryAfterSecondsOf(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || !isRecord(error.details)) return undefined;
  const seconds = error.details.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

/** "45 seconds", "1 minute", "15 minutes", "2 hours". */
export function formatWait(seconds: number): string {
  if (seconds < 60) return plural(Math.max(1, Math.ceil(seconds)), 'second');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return plural(minutes, 'minute');
  return plural(Math.ceil(minutes / 60), 'hour');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "Please wait 45 seconds and try again." */
export function retryLaterMessage(error: unknown): string {
  const seconds = retryAfterSecondsOf(error);
  return seconds ? `Please wait ${formatWait(seconds)} and try again.` : 'Please wait a moment and try again.';
}

/** The sentence for a 429. */
export function rateLimitMessage(error: unknown): string {
  return `Too many attempts. ${retryLaterMessage(error)}`;
}

export function hasCode(error: unknown, ...codes: ErrorCode[]): error is ApiError {
  return error instanceof ApiError && codes.includes(error.code);
}

/** A message for anything a form does not handle by name: the server's own words. */
export function genericMessage(error: unknown): string {
  if (hasCode(error, 'RATE_LIMITED')) return rateLimitMessage(error);
  if (hasCode(error, 'AUTH_ACCOUNT_LOCKED')) return `${error.message}. ${retryLaterMessage(error)}`;
  if (error instanceof ApiError && error.status === 0) return error.message;
  // Load shedding: nothing broke, and the answer says when to come back.
  if (hasCode(error, 'SERVICE_UNAVAILABLE')) return `The server is busy. ${retryLaterMessage(error)}`;
  if (error instanceof ApiError && error.status >= 500) {
    return 'Something went wrong on our side. Please try again in a moment.';
  }
  return error instanceof Error ? error.message : 'Something went wrong. Please try again.';
}
