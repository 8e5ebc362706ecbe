import { sql, type SQL } from 'drizzle-orm';
import type { AuditLogQuery, AuditRecord } from '../../../contracts/audit.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import type { Executor } from '../../db/client.js';
import { insertFrom } from '../../db/insert-from.js';
import { newId } from '../../lib/ids.js';
import { offsetOf, pageMeta } from '../../lib/pagination.js';
import { readAuditLog } from './audit.repository.js';
import { auditLog } from './audit.tables.js';

/** Who did it and from where; routes build it from the request once. */
export type AuditContext = { ip: string; userAgent: string; at: Date };

export type AuditEntry = {
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  actor?: { id: string; email: string } | null;
  target?: { type: string; id: string };
  details?: Record<string, unknown>;
};

/**
 * Appends one record. Written in the caller's transaction when there is one, so an action and
 * its record commit together; the table has no update or delete path anywhere in the code.
 */
export async function audit(db: Executor, context: AuditContext, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(recordOf(context, entry));
}

/**
 * `change` (an insert, update or delete with RETURNING) followed, in the same statement, by the
 * insert of `record`: atomic without a transaction, and one round trip instead of four on a hot
 * path such as refresh. No record is written when `change` touches no row. `before` adds CTEs
 * that `change` may read, and `returning` is what the statement answers.
 */
export function withAuditRecord(change: SQL, record: { [K in keyof AuditRow]: unknown }, options: { before?: SQL; returning?: SQL } = {}): SQL {
  const ctes = options.before ? sql`${options.before}, change as (${change})` : sql`change as (${change})`;
  const returning = options.returning ? sql` returning ${options.returning}` : sql``;
  return sql`with ${ctes} ${insertFrom(auditLog, record, 'change')}${returning}`;
}

/** The row `audit` inserts for an entry. */
export function recordOf(context: AuditContext, entry: AuditEntry): AuditRow {
  return {
    id: newId(),
    at: context.at,
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    ip: context.ip,
    userAgent: context.userAgent,
    outcome: entry.outcome,
    details: entry.details ?? null,
  };
}

export type AuditRow = Required<typeof auditLog.$inferInsert>;

/** A page of the log for the admin console, newest first. */
export async function listAuditRecords(db: Executor, query: AuditLogQuery): Promise<{ items: AuditRecord[]; meta: PaginationMeta }> {
  const { rows, total } = await readAuditLog(db, {
    actor: query.actor,
    actionPrefix: query.action,
    outcome: query.outcome,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    limit: query.pageSize,
    offset: offsetOf(query),
  });
  return { items: rows.map((row) => ({ ...row, at: row.at.toISOString() })), meta: pageMeta(query, total) };
}
