import type { Executor } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
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
  await db.insert(auditLog).values({
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
  });
}
