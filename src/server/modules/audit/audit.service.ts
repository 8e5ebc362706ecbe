import { sql, type SQL } from 'drizzle-orm';
import type { AuditLogQuery, AuditRecord } from '../../../contracts/audit.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import { auditActorOf, type Actor, type AuditEntry, type Visitor } from '../../context.js';
import type { Database, Executor } from '../../db/client.js';
import { insertFrom } from '../../db/insert-from.js';
import { newId } from '../../lib/ids.js';
import { offsetOf, pageMeta } from '../../lib/pagination.js';
import { readAuditLog } from './audit.repository.js';
import { auditLog, authzDenialCounts } from './audit.tables.js';

export type { AuditEntry } from '../../context.js';
export type AuditRow = Required<typeof auditLog.$inferInsert>;

/**
 * The record of `entry`, made by `caller` at `at`. Its actor is the signed-in caller unless the
 * entry names another (a login names the account it signs in to) or none.
 */
export function recordOf(caller: Actor | Visitor, at: Date, entry: AuditEntry): AuditRow {
  const actor = entry.actor === undefined ? auditActorOf(caller) : entry.actor;
  return {
    id: newId(),
    at,
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    ip: caller.ip,
    userAgent: caller.userAgent,
    outcome: entry.outcome,
    details: entry.details ?? null,
  };
}

/**
 * Appends one record. A use case writes through `ctx.audit`, in its transaction, so an action and
 * its record commit together; the table has no update or delete path anywhere in the code.
 */
export async function appendAudit(db: Executor, caller: Actor | Visitor, at: Date, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(recordOf(caller, at, entry));
}

const MINUTE_MS = 60_000;

/**
 * A refusal (`authz.denied`): the first of its caller on its route within the minute appends a
 * record with `details.count` 1, the others of that minute only count (`authzDenialCounts`), in
 * one statement, so that nodes share the count and a flood of refusals grows the log by at most
 * one record per caller, route and minute.
 */
export async function appendDenial(db: Executor, caller: Actor | Visitor, at: Date, entry: AuditEntry & { details: Record<string, unknown> }, window: { caller: string; route: string; url: string }): Promise<void> {
  const record = recordOf(caller, at, { ...entry, details: { ...entry.details, count: 1 } });
  const minute = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
  await db.execute(sql`with counted as (
      insert into ${authzDenialCounts} (caller, route, minute, count, last_url, audit_id) values (${window.caller}, ${window.route}, ${minute}, 1, ${window.url}, ${record.id})
      on conflict (caller, route, minute) do update set count = ${authzDenialCounts.count} + 1, last_url = excluded.last_url
      returning count)
    ${insertFrom(auditLog, record, 'counted')} where counted.count = 1`);
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

/** The audit log viewer's reads. */
export function createAuditService({ db }: { db: Database }) {
  return {
    /** A page of the log for the admin console, newest first. */
    async list(query: AuditLogQuery): Promise<{ items: AuditRecord[]; meta: PaginationMeta }> {
      const { rows, total } = await readAuditLog(db, {
        actor: query.actor,
        actionPrefix: query.action,
        excludedActionPrefix: query.excludeAction,
        outcome: query.outcome,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        limit: query.pageSize,
        offset: offsetOf(query),
      });
      return { items: rows.map((row) => ({ ...row, at: row.at.toISOString() })), meta: pageMeta(query, total) };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
