import { getTableColumns, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { AuditLogQuery, AuditRecord } from '../../../contracts/audit.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import type { Executor } from '../../db/client.js';
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
 * Runs `change` (an insert, update or delete with RETURNING) and appends the record in the same
 * statement: atomic without a transaction, one round trip instead of four on a hot path such as
 * refresh. Nothing is recorded when `change` touches no row; returns how many it touched.
 */
export async function auditedChange(db: Executor, change: SQLWrapper, context: AuditContext, entry: AuditEntry): Promise<number> {
  const record = recordOf(context, entry);
  const columns = getTableColumns(auditLog);
  const keys = Object.keys(record) as (keyof typeof record)[];
  const names = sql.join(keys.map((key) => sql.identifier(columns[key].name)), sql`, `);
  // Typed casts: parameters in a SELECT list would otherwise arrive as text.
  const values: SQL[] = keys.map((key) => sql`${sql.param(record[key], columns[key])}::${sql.raw(columns[key].getSQLType())}`);
  const result = await db.execute(sql`with change as (${change.getSQL()}) insert into ${auditLog} (${names}) select ${sql.join(values, sql`, `)} from change`);
  return result.rowCount ?? 0;
}

function recordOf(context: AuditContext, entry: AuditEntry): typeof auditLog.$inferInsert {
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
