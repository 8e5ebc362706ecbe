import { z } from 'zod';
import { errorCodes } from './errors.js';

export { errorCodes, errorStatus, type ErrorCode } from './errors.js';

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
