import type { PaginationMeta, PaginationQuery } from '../../contracts/common.js';

export const offsetOf = ({ page, pageSize }: PaginationQuery): number => (page - 1) * pageSize;

export const pageMeta = ({ page, pageSize }: PaginationQuery, total: number): PaginationMeta => ({
  page,
  pageSize,
  total,
  totalPages: Math.ceil(total / pageSize),
});
