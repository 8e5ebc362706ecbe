import { errorStatus, type ErrorCode } from '../../contracts/common.js';

/** The one error class of the server: a code from the closed set, a safe message, optional details. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = errorStatus[code];
  }
}

export const notFound = (what = 'Resource') => new AppError('NOT_FOUND', `${what} not found`);

/** The state does not allow it (a slug taken, an account not in the status the action needs). */
export const conflict = (message: string) => new AppError('CONFLICT', message);

/** A body that passed its schema but fails a rule on one field, answered like a schema's error on it. */
export const fieldError = (field: string, message: string) => new AppError('VALIDATION_ERROR', message, [{ field, message }]);

/** A token whose session, or account, is no longer live: the client signs in again. */
export const sessionEnded = (details: Record<string, unknown> | null = null) => new AppError('AUTH_INVALID_TOKEN', 'The session has ended; sign in again', details);

/** The fields of a partial update that were given: PATCH bodies leave out what they do not change. */
export function definedFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
