import type { UserRole, UserStatus } from '../../../contracts/admin';
import type { AuditOutcome } from '../../../contracts/audit';

export const ROLE_LABELS: Record<UserRole, string> = {
  customer: 'Shopper',
  seller: 'Seller',
  admin: 'Admin',
};

export const STATUS_LABELS: Record<UserStatus, string> = {
  unverified: 'Unverified',
  active: 'Active',
  suspended: 'Suspended',
  deleted: 'Deleted',
};

export const OUTCOME_LABELS: Record<AuditOutcome, string> = {
  success: 'Success',
  failure: 'Failure',
  denied: 'Denied',
};
