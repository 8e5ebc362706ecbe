import { and, count, desc, eq, getTableColumns, gte, like, lt, notLike, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { prefixPattern } from '../../lib/like.js';
import { auditLog, authzDenialCounts } from './audit.tables.js';

export type AuditRow = typeof auditLog.$inferSelect;

export type AuditFilter = {
  actor?: { id: string } | { email: string };
  actionPrefix?: string;
  excludedActionPrefix?: string;
  outcome?: AuditRow['outcome'];
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
};

/** Reads only: the audit log is append-only, and nothing here or anywhere updates or deletes it. */
export async function readAuditLog(db: Executor, filter: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  const { actor } = filter;
  const where = and(
    actor && 'id' in actor ? eq(auditLog.actorId, actor.id) : undefined,
    actor && 'email' in actor ? sql`lower(${auditLog.actorEmail}) = lower(${actor.email})` : undefined,
    filter.actionPrefix ? like(auditLog.action, prefixPattern(filter.actionPrefix)) : undefined,
    filter.excludedActionPrefix ? notLike(auditLog.action, prefixPattern(filter.excludedActionPrefix)) : undefined,
    filter.outcome ? eq(auditLog.outcome, filter.outcome) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
  );
  // A denial record's count goes on after it was written (`appendDenial`): read in with it.
  const details = sql<AuditRow['details']>`case when ${authzDenialCounts.count} is null then ${auditLog.details}
    else coalesce(${auditLog.details}, '{}'::jsonb) || jsonb_build_object('count', ${authzDenialCounts.count}, 'lastUrl', ${authzDenialCounts.lastUrl}) end`;
  const [rows, [counted]] = await Promise.all([
    db
      .select({ ...getTableColumns(auditLog), details })
      .from(auditLog)
      .leftJoin(authzDenialCounts, eq(authzDenialCounts.auditId, auditLog.id))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}
