import { z } from 'zod';
import { EMAIL_MAX } from './account-rules.js';
import { paginationQuery, uuid } from './common.js';
import { AUDIT_ACTION_MAX } from './search-rules.js';

export const auditOutcome = z.enum(['success', 'failure', 'denied']);
export type AuditOutcome = z.infer<typeof auditOutcome>;

/** A time with its offset, e.g. `2026-11-21T06:48:40Z`: a time without one would be ambiguous. */
const instant = z.iso.datetime({ offset: true });

/** `GET /admin/audit-log`: every filter is optional; `from` is inclusive and `to` exclusive. */
export const auditLogQuery = paginationQuery
  .extend({
    actor: z
      .union([uuid, z.email().max(EMAIL_MAX)], 'A user id or an email address')
      .transform((actor) => (uuid.safeParse(actor).success ? { id: actor } : { email: actor }))
      .optional()
      .describe('user id or email of whoever acted'),
    action: z.string().trim().min(1).max(AUDIT_ACTION_MAX).optional().describe('prefix of the dotted action name, e.g. `auth.login`'),
    excludeAction: z.string().trim().min(1).max(AUDIT_ACTION_MAX).optional().describe('prefix of the actions to leave out, e.g. `auth.token.refreshed`'),
    outcome: auditOutcome.optional(),
    from: instant.optional().describe('at or after this time'),
    to: instant.optional().describe('before this time'),
  })
  .refine((query) => !query.from || !query.to || Date.parse(query.from) < Date.parse(query.to), {
    path: ['to'],
    message: 'Must be later than from',
  });
export type AuditLogQuery = z.infer<typeof auditLogQuery>;
/** The query as a client writes it: `actor` is the id or email as typed. */
export type AuditLogSearch = Partial<Omit<AuditLogQuery, 'actor'>> & { actor?: string };

export const auditRecord = z
  .object({
    id: uuid,
    at: z.iso.datetime(),
    actorId: uuid.nullable(),
    actorEmail: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    outcome: auditOutcome,
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditRecord' });
export type AuditRecord = z.infer<typeof auditRecord>;
