import { ApiError } from '../../lib/api-client';

/** A malformed id in a hand-typed URL is a validation error, but to a shopper it is simply missing. */
export function isMissing(error: Error): boolean {
  return error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_ERROR');
}
