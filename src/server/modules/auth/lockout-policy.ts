/** The fifth failed login within 15 minutes locks the account for 30 minutes. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;
export const LOCKOUT_MS = 30 * 60_000;
