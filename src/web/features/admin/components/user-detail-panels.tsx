import { useId } from 'react';
import type { AdminUserDetail } from '../../../../contracts/admin';
import type { UserProfile } from '../../../../contracts/auth';
import { formatDate, formatDateTime } from '../../../lib/format-date';
import { displayPhone } from '../../../lib/format-phone';
import { PostalAddress } from '../../addresses/components/postal-address';
import { addressName } from '../../addresses/format-address';
import { describeDevice, SessionTimes } from '../../auth/components/session-list';
import { ROLE_LABELS } from '../labels';

type AdminUserAddress = AdminUserDetail['addresses'][number];
type AdminUserSession = AdminUserDetail['sessions'][number];

function Missing({ children = 'None' }: { children?: string }) {
  return <span className="muted">{children}</span>;
}

type ProfilePanelProps = { user: UserProfile; login: AdminUserDetail['login'] };

export function ProfilePanel({ user, login }: ProfilePanelProps) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Profile</h2>
      <dl className="profile">
        <div>
          <dt>Email</dt>
          <dd className="break-anywhere">
            {user.email}{' '}
            {user.emailVerified ? (
              <span className="tag tag--success">Verified</span>
            ) : (
              <span className="tag tag--accent">Not verified</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Phone</dt>
          <dd>{user.phone ? displayPhone(user.phone) : <Missing>Not given</Missing>}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{ROLE_LABELS[user.role]}</dd>
        </div>
        {user.seller && (
          <div>
            <dt>Business</dt>
            <dd>
              {user.seller.businessName} <span className="muted">· Tax id {user.seller.taxId}</span>
            </dd>
          </div>
        )}
        <div>
          <dt>Member since</dt>
          <dd>
            <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Last sign-in</dt>
          <dd>
            {user.lastLoginAt ? (
              <time dateTime={user.lastLoginAt}>{formatDateTime(user.lastLoginAt)}</time>
            ) : (
              <Missing>Never</Missing>
            )}
          </dd>
        </div>
        <div>
          <dt>Failed sign-ins (last 15 minutes)</dt>
          <dd>{login.failedLoginsLast15Minutes}</dd>
        </div>
        <div>
          <dt>Sign-in lock</dt>
          <dd>
            {login.lockedUntil ? (
              <>
                Locked until <time dateTime={login.lockedUntil}>{formatDateTime(login.lockedUntil)}</time>
              </>
            ) : (
              <Missing>Not locked</Missing>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function AddressCard({ address }: { address: AdminUserAddress }) {
  return (
    <li className="admin-card">
      <p className="admin-card__title">
        {addressName(address)}
        {address.isDefault && <span className="tag tag--accent">Default</span>}
      </p>
      <PostalAddress address={address} />
    </li>
  );
}

export function AddressesPanel({ addresses }: { addresses: AdminUserAddress[] }) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Addresses</h2>
      {addresses.length === 0 ? (
        <p className="muted">No saved addresses.</p>
      ) : (
        <ul className="admin-cards" aria-labelledby={headingId}>
          {addresses.map((address) => (
            <AddressCard key={address.id} address={address} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SessionRow({ session }: { session: AdminUserSession }) {
  const place = [session.ip, session.location].filter(Boolean).join(' · ');
  return (
    <li className="admin-card">
      <p className="admin-card__title">{describeDevice(session)}</p>
      <div className="admin-card__body">
        {place && <p>{place}</p>}
        <SessionTimes session={session} />
      </div>
    </li>
  );
}

export function SessionsPanel({ sessions }: { sessions: AdminUserSession[] }) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Signed-in devices</h2>
        <p className="muted">Suspending the account signs out every one of them at once.</p>
      </div>
      {sessions.length === 0 ? (
        <p className="muted">Not signed in anywhere.</p>
      ) : (
        <ul className="admin-cards" aria-labelledby={headingId}>
          {sessions.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </ul>
      )}
    </section>
  );
}
