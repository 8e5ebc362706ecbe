import type { AuditOutcome } from '../../../contracts/audit';
import { EMAIL_MAX } from '../../../contracts/account-rules';
import type { UserRole, UserStatus } from '../../../contracts/admin';
import { AUDIT_ACTION_MAX, SEARCH_TEXT_MAX } from '../../../contracts/search-rules';
import { instantParam, keyParam, pageParam, textParam } from '../../lib/search-params';
import { OUTCOME_LABELS, ROLE_LABELS, STATUS_LABELS } from './labels';

// The admin's filters live in the URL, so a filtered view can be shared and survives a reload.

/** `/admin/users?q=&role=&status=&page=` */
export type UsersSearch = { q?: string; role?: UserRole; status?: UserStatus; page?: number };

export function validateUsersSearch(raw: Record<string, unknown>): UsersSearch {
  return {
    q: textParam(raw.q, SEARCH_TEXT_MAX),
    role: keyParam(raw.role, ROLE_LABELS),
    status: keyParam(raw.status, STATUS_LABELS),
    page: pageParam(raw.page),
  };
}

/** The audit log's filters; `from` and `to` are instants, shown in the reader's local time. */
export type AuditFilters = { actor?: string; action?: string; outcome?: AuditOutcome; from?: string; to?: string };

/** `/admin/audit-log?…&refreshes=shown&page=`: routine token refreshes are hidden unless asked for. */
export type AuditSearch = AuditFilters & { refreshes?: 'shown'; page?: number };

export function validateAuditSearch(raw: Record<string, unknown>): AuditSearch {
  return {
    actor: textParam(raw.actor, EMAIL_MAX),
    action: textParam(raw.action, AUDIT_ACTION_MAX),
    outcome: keyParam(raw.outcome, OUTCOME_LABELS),
    from: instantParam(raw.from),
    to: instantParam(raw.to),
    refreshes: raw.refreshes === 'shown' ? 'shown' : undefined,
    page: pageParam(raw.page),
  };
}

/** The filters of an audit-log URL, without its page and toggle. */
export function filtersOf({ actor, action, outcome, from, to }: AuditSearch): AuditFilters {
  return { actor, action, outcome, from, to };
}
