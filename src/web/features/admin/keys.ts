import type { AdminUserListQuery } from '../../../contracts/admin';
import type { AuditLogSearch } from '../../../contracts/audit';

/** Query keys of the admin console; everything sits under 'admin' so a sign-out can drop it whole. */
export const adminKeys = {
  all: ['admin'] as const,
  users: ['admin', 'users'] as const,
  userList: (params: Partial<AdminUserListQuery>) => ['admin', 'users', 'list', params] as const,
  user: (id: string) => ['admin', 'users', 'detail', id] as const,
  auditLog: (params: AuditLogSearch) => ['admin', 'audit-log', params] as const,
  settings: ['admin', 'settings'] as const,
};
