import { z } from 'zod';

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

export const errorEnvelope = z
  .object({
    success: z.literal(false),
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.unknown().nullable(),
    }),
    timestamp: z.iso.datetime(),
  })
  .meta({ id: 'Error' });
export type ErrorEnvelope = z.infer<typeof errorEnvelope>;

export const fieldError = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldError>;

export const paginationMeta = z.object({
  page: z.int().min(1),
  pageSize: z.int().min(1).max(100),
  total: z.int().min(0),
  totalPages: z.int().min(0),
});
export type PaginationMeta = z.infer<typeof paginationMeta>;

/** `?page=&pageSize=`: pageSize above 100 is a validation error, never silently capped. */
export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PaginationQuery = z.infer<typeof paginationQuery>;

export const ok = <T extends z.ZodType>(data: T) => z.object({ success: z.literal(true), data });
export const okList = <T extends z.ZodType>(item: T) =>
  z.object({ success: z.literal(true), data: z.array(item), meta: paginationMeta });

export const uuid = z.uuid();
export const idParams = z.object({ id: uuid });
export const currency = z.string().length(3);
