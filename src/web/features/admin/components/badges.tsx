import type { UserStatus } from '../../../../contracts/admin';
import type { AuditOutcome } from '../../../../contracts/audit';
import { OUTCOME_LABELS, STATUS_LABELS } from '../labels';

type Tone = 'good' | 'bad' | 'warn' | 'neutral';

const STATUS_TONES: Record<UserStatus, Tone> = {
  active: 'good',
  suspended: 'bad',
  unverified: 'warn',
  deleted: 'neutral',
};
const OUTCOME_TONES: Record<AuditOutcome, Tone> = { success: 'good', failure: 'warn', denied: 'bad' };

/** A word in a coloured pill; the word carries the meaning, the colour only repeats it. */
function Badge({ tone, children }: { tone: Tone; children: string }) {
  return <span className={`admin-badge admin-badge--${tone}`}>{children}</span>;
}

export function UserStatusBadge({ status }: { status: UserStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

export function OutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  return <Badge tone={OUTCOME_TONES[outcome]}>{OUTCOME_LABELS[outcome]}</Badge>;
}
