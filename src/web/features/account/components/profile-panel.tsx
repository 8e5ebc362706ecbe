import { useId, useRef, useState } from 'react';
import type { ProfilePatch } from '../../../../contracts/account';
import { ACCOUNT_FIELD_MAX } from '../../../../contracts/account-rules';
import { Alert, FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { formatDate, formatDateTime } from '../../../lib/format-date';
import { displayPhone } from '../../../lib/format-phone';
import { phoneProblem, requiredProblem } from '../../../lib/form-rules';
import { useForm } from '../../../lib/use-form';
import type { CurrentUser, UserRole } from '../../auth/types';
import { useUpdateProfile } from '../api/update-profile';

const ID = 'profile';

const ROLE_LABELS: Record<UserRole, string> = {
  customer: 'Shopper',
  seller: 'Seller',
  admin: 'Administrator',
};

type Values = { fullName: string; phone: string };

/** Only what the user changed is sent (the server answers a phone in E.164, which they may have typed differently). */
function changesOf(user: CurrentUser, values: Values): ProfilePatch {
  const fullName = values.fullName.trim();
  const phone = values.phone.trim();
  return {
    ...(fullName !== user.fullName ? { fullName } : {}),
    ...(phone !== user.phone ? { phone } : {}),
  };
}

function ProfileDetails({ user }: { user: CurrentUser }) {
  return (
    <dl className="profile">
      <div>
        <dt>Name</dt>
        <dd>{user.fullName}</dd>
      </div>
      <div>
        <dt>Email</dt>
        <dd className="break-anywhere">
          {user.email} {user.emailVerified && <span className="tag tag--success">Verified</span>}
        </dd>
      </div>
      <div>
        <dt>Phone</dt>
        <dd>{user.phone ? displayPhone(user.phone) : <span className="muted">Not given</span>}</dd>
      </div>
      <div>
        <dt>Account type</dt>
        <dd>{ROLE_LABELS[user.role] ?? user.role}</dd>
      </div>
      {user.seller && (
        <>
          <div>
            <dt>Business</dt>
            <dd className="break-anywhere">{user.seller.businessName}</dd>
          </div>
          <div>
            <dt>Tax ID</dt>
            <dd className="break-anywhere">{user.seller.taxId}</dd>
          </div>
        </>
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
            <span className="muted">Never</span>
          )}
        </dd>
      </div>
    </dl>
  );
}

type ProfileFormProps = { user: CurrentUser; onDone: (saved: boolean) => void };

function ProfileForm({ user, onDone }: ProfileFormProps) {
  const update = useUpdateProfile();
  const form = useForm<Values>({
    idPrefix: ID,
    initialValues: { fullName: user.fullName, phone: user.phone },
    validate: ({ fullName, phone }) => ({ fullName: requiredProblem(fullName, 'Enter your full name'), phone: phoneProblem(phone) }),
  });

  async function send(values: Values) {
    const patch = changesOf(user, values);
    const changed = Object.keys(patch).length > 0;
    if (changed) await update.mutateAsync(patch);
    onDone(changed);
  }

  return (
    <form className="form form--narrow" noValidate onSubmit={form.handleSubmit(send)}>
      <TextField {...form.field('fullName')} label="Full name" autoComplete="name" maxLength={ACCOUNT_FIELD_MAX.fullName} />
      <TextField
        {...form.field('phone')}
        label="Phone number"
        hint="With the country code, e.g. +1 202 555 0143. For delivery questions about your orders."
        type="tel"
        autoComplete="tel"
        maxLength={ACCOUNT_FIELD_MAX.phone}
      />
      <FormErrorAlert message={form.formError} />
      <div className="actions">
        <Button type="submit" aria-disabled={form.pending || undefined}>
          {form.pending ? 'Saving…' : 'Save changes'}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** The overview's profile: what the account says, and editing the name and phone in place. */
export function ProfilePanel({ user }: { user: CurrentUser }) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);

  function startEditing() {
    setSaved(false);
    setEditing(true);
    requestAnimationFrame(() => document.getElementById(`${ID}-fullName`)?.focus());
  }

  function finishEditing(changed: boolean) {
    setEditing(false);
    setSaved(changed);
    // The form that had the focus is gone: the outcome, or the button that opened it, takes it.
    requestAnimationFrame(() => (changed ? savedRef.current : editRef.current)?.focus());
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header panel__header--split">
        <h2 id={headingId}>Profile</h2>
        {!editing && (
          <Button ref={editRef} variant="secondary" onClick={startEditing}>
            Edit<span className="visually-hidden"> your name and phone number</span>
          </Button>
        )}
      </div>
      {saved && (
        <Alert ref={savedRef} tone="success">
          <p>Your profile was saved.</p>
        </Alert>
      )}
      {editing ? <ProfileForm user={user} onDone={finishEditing} /> : <ProfileDetails user={user} />}
    </section>
  );
}
