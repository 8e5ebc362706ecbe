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

/** A token whose session, or account, is no longer live: the client signs in again. */
export const sessionEnded = (details: Record<string, unknown> | null = null) => new AppError('AUTH_INVALID_TOKEN', 'The session has ended; sign in again', details);
