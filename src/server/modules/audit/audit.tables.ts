import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const auditOutcome = pgEnum('audit_outcome', ['success', 'failure', 'denied']);

/** Append-only: the code has an insert and reads, and no update or delete path. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    outcome: auditOutcome('outcome').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_actor_idx').on(t.actorId, t.at), index('audit_log_action_idx').on(t.action, t.at)],
);

/**
 * Denials of one caller on one route within one minute are one `authz.denied` record: the first
 * writes it, the rest only count here, so no caller can flood the append-only log. The viewer
 * reads the count into the record's `details.count`.
 */
export const authzDenialCounts = pgTable(
  'authz_denial_counts',
  {
    /** The signed-in user's id, or `ip:` and the client key of a caller without a token. */
    caller: text('caller').notNull(),
    /** Method and route pattern: a bounded set, whatever the URL held. */
    route: text('route').notNull(),
    minute: timestamp('minute', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
    /** The path of the minute's latest denial: what the first record's URL does not show of a probe. */
    lastUrl: text('last_url').notNull(),
    /** The record the count belongs to; no foreign key, which would change what TRUNCATE of the log answers. */
    auditId: uuid('audit_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caller, t.route, t.minute] }), uniqueIndex('authz_denial_counts_audit_key').on(t.auditId)],
);
