// Zod-free, so the web app can use the codes without bundling Zod.

/** The closed set of error codes of API.md, each with the one HTTP status it maps to. */
export const errorStatus = {
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_EMAIL_NOT_VERIFIED: 403,
  AUTH_ACCOUNT_LOCKED: 403,
  AUTH_ACCOUNT_SUSPENDED: 403,
  AUTH_TOKEN_EXPIRED: 401,
  AUTH_INVALID_TOKEN: 401,
  AUTH_TOKEN_REQUIRED: 401,
  AUTH_PERMISSION_DENIED: 403,
  AUTH_WEAK_PASSWORD: 400,
  AUTH_EMAIL_EXISTS: 409,
  AUTH_RESET_TOKEN_INVALID: 400,
  AUTH_PASSWORD_REUSED: 400,
  VALIDATION_ERROR: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INSUFFICIENT_STOCK: 409,
  PAYMENT_DECLINED: 402,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;
export const errorCodes = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];
