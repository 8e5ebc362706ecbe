import { getRouteApi, Link } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import type { UserRole, UserStatus } from '../../../../contracts/admin';
import type { UserProfile } from '../../../../contracts/auth';
import { SEARCH_TEXT_MAX } from '../../../../contracts/search-rules';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { TextField } from '../../../components/ui/form-field';
import { SearchPager } from '../../../components/ui/pager';
import { LoadingState } from '../../../components/ui/spinner';
import { useUsers } from '../../../features/admin/api/get-users';
import { UserStatusBadge } from '../../../features/admin/components/badges';
import { CreateAdminForm } from '../../../features/admin/components/create-admin-form';
import { ROLE_LABELS, STATUS_LABELS } from '../../../features/admin/labels';
import type { UsersSearch } from '../../../features/admin/search-params';
import { formatDate, formatRelative } from '../../../lib/format-date';
import { useDocumentTitle } from '../../../lib/use-document-title';

const route = getRouteApi('/admin/users');
const PAGE_SIZE = 20;
const ROLES = Object.keys(ROLE_LABELS) as UserRole[];
const STATUSES = Object.keys(STATUS_LABELS) as UserStatus[];

function UserTable({ search }: { search: UsersSearch }) {
  const users = useUsers({ ...search, page: search.page ?? 1, pageSize: PAGE_SIZE });

  if (users.isPending) return <LoadingState label="Loading users…" />;
  if (users.error) {
    return <ErrorState title="Could not load the users" error={users.error} onRetry={() => void users.refetch()} />;
  }

  const { data, meta } = users.data;
  if (data.length === 0) {
    return (
      <EmptyState title="No users found">
        {search.q || search.role || search.status
          ? 'Nobody matches these filters. Try fewer or different ones.'
          : 'Nobody has an account yet.'}
      </EmptyState>
    );
  }

  return (
    <>
      <p className="results-count" aria-live="polite">
        {meta.total} {meta.total === 1 ? 'account' : 'accounts'}
      </p>
      <div className="admin-table-wrap" role="region" aria-label="Users" tabIndex={0}>
        <table className="admin-table" aria-busy={users.isPlaceholderData || undefined}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Joined</th>
              <th scope="col">Last sign-in</th>
            </tr>
          </thead>
          <tbody>
            {data.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  <Link to="/admin/users/$userId" params={{ userId: user.id }}>
                    {user.fullName}
                  </Link>
                </th>
                <td className="admin-nowrap">{user.email}</td>
                <td>{ROLE_LABELS[user.role]}</td>
                <td>
                  <UserStatusBadge status={user.status} />
                </td>
                <td>
                  <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>
                </td>
                <td>
                  {user.lastLoginAt ? (
                    <time dateTime={user.lastLoginAt}>{formatRelative(user.lastLoginAt)}</time>
                  ) : (
                    <span className="muted">Never</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SearchPager meta={meta} label="Pages of users" />
    </>
  );
}

function CreateAdminPanel() {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<UserProfile | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    // The form the focus was in is gone: back to the button that opened it.
    requestAnimationFrame(() => toggleRef.current?.focus());
  }

  return (
    <section className="panel" aria-labelledby="create-admin-heading">
      <div className="admin-panel-heading">
        <div className="panel__header">
          <h2 id="create-admin-heading">Admins</h2>
          <p className="muted">Admins can only be made here, by another admin.</p>
        </div>
        {!open && (
          <Button
            ref={toggleRef}
            variant="secondary"
            onClick={() => {
              setCreated(null);
              setOpen(true);
              requestAnimationFrame(() => document.getElementById('create-admin-fullName')?.focus());
            }}
          >
            Create admin
          </Button>
        )}
      </div>
      {created && (
        <Alert tone="success" title="Admin created">
          <p>
            {created.fullName} ({created.email}) can sign in now. They were sent a welcome email, and every admin, you
            included, was told that you created this admin.{' '}
            <Link to="/admin/users/$userId" params={{ userId: created.id }}>
              See their account
            </Link>
          </p>
        </Alert>
      )}
      {open && (
        <CreateAdminForm
          onCreated={(admin) => {
            setCreated(admin);
            close();
          }}
          onCancel={close}
        />
      )}
    </section>
  );
}

export function AdminUsersPage() {
  useDocumentTitle('Users');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const [shownQuery, setShownQuery] = useState(search.q);

  // Follow the URL (Back, Forward, a shared link) without an effect.
  if (shownQuery !== search.q) {
    setShownQuery(search.q);
    setText(search.q ?? '');
  }

  /** A new filter starts again from the first page. */
  function filter(change: Omit<UsersSearch, 'page'>) {
    void navigate({ search: (prev) => ({ ...prev, ...change, page: undefined }) });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    filter({ q: text.trim() || undefined });
  }

  return (
    <section className="console-page admin-page" aria-labelledby="users-heading">
      <h1 id="users-heading">Users</h1>
      <CreateAdminPanel />
      <form className="admin-filters" role="search" aria-label="Find users" onSubmit={submit}>
        <TextField
          label="Email or name"
          type="search"
          maxLength={SEARCH_TEXT_MAX}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="field">
          <label className="field__label" htmlFor="users-role">
            Role
          </label>
          <select
            id="users-role"
            value={search.role ?? ''}
            onChange={(event) => filter({ role: (event.target.value || undefined) as UserRole | undefined })}
          >
            <option value="">All roles</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="users-status">
            Status
          </label>
          <select
            id="users-status"
            value={search.status ?? ''}
            onChange={(event) => filter({ status: (event.target.value || undefined) as UserStatus | undefined })}
          >
            <option value="">All statuses</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Search</Button>
      </form>
      <UserTable search={search} />
    </section>
  );
}
