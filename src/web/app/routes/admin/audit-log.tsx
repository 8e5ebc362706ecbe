import { getRouteApi } from '@tanstack/react-router';
import type { AuditLogSearch } from '../../../../contracts/audit';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { SearchPager } from '../../../components/ui/pager';
import { LoadingState } from '../../../components/ui/spinner';
import { useAuditLog } from '../../../features/admin/api/get-audit-log';
import { AuditFilterForm } from '../../../features/admin/components/audit-filters';
import { AuditTable } from '../../../features/admin/components/audit-table';
import { filtersOf, type AuditFilters, type AuditSearch } from '../../../features/admin/search-params';
import { useDocumentTitle } from '../../../lib/use-document-title';

const route = getRouteApi('/admin/audit-log');
const PAGE_SIZE = 50;
/** Recorded whenever a signed-in page loads: routine, and it buries what an admin looks for. */
const REFRESH_ACTION = 'auth.token.refreshed';

/** What the URL asks of the API: refreshes are left out unless shown, or asked for by name. */
function auditQuery({ refreshes, page, ...filters }: AuditSearch): AuditLogSearch {
  const wantsRefreshes = refreshes === 'shown' || filters.action?.startsWith(REFRESH_ACTION);
  return { ...filters, page: page ?? 1, pageSize: PAGE_SIZE, excludeAction: wantsRefreshes ? undefined : REFRESH_ACTION };
}

function AuditResults({ search }: { search: AuditSearch }) {
  const query = auditQuery(search);
  const log = useAuditLog(query);

  if (log.isPending) return <LoadingState label="Loading the audit log…" />;
  if (log.error) {
    return <ErrorState title="Could not load the audit log" error={log.error} onRetry={() => void log.refetch()} />;
  }

  const { data, meta } = log.data;
  if (data.length === 0) {
    return <EmptyState title="No records">Nothing was recorded that matches these filters.</EmptyState>;
  }
  return (
    <>
      <p className="results-count" aria-live="polite">
        {meta.total} {meta.total === 1 ? 'record' : 'records'}, newest first{query.excludeAction ? ', token refreshes hidden' : ''}
      </p>
      <AuditTable records={data} busy={log.isPlaceholderData} />
      <SearchPager meta={meta} label="Pages of the audit log" />
    </>
  );
}

export function AdminAuditLogPage() {
  useDocumentTitle('Audit log');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filters = filtersOf(search);

  function applyFilters(next: AuditFilters) {
    void navigate({ search: { ...next, refreshes: search.refreshes } });
  }

  return (
    <section className="console-page admin-page admin-page--wide" aria-labelledby="audit-heading">
      <div className="panel__header">
        <h1 id="audit-heading">Audit log</h1>
        <p className="muted">
          Who did what and when: sign-ins, lockouts, refused requests and every admin action. Records are never changed
          or removed.
        </p>
      </div>
      {/* Keyed by the URL's filters: Back and Forward show the filters of the view they open. */}
      <AuditFilterForm key={JSON.stringify(filters)} filters={filters} onApply={applyFilters} />
      <div className="admin-switch">
        <input
          id="audit-show-refreshes"
          type="checkbox"
          aria-describedby="audit-show-refreshes-hint"
          checked={search.refreshes === 'shown'}
          onChange={(event) =>
            void navigate({ search: (prev) => ({ ...prev, refreshes: event.target.checked ? 'shown' : undefined, page: undefined }) })
          }
        />
        <div>
          <label htmlFor="audit-show-refreshes" className="field__label">
            Show routine token refreshes
          </label>
          <p id="audit-show-refreshes-hint" className="field__hint">
            One is recorded each time a signed-in visitor opens a page, so they are hidden unless you ask for them.
          </p>
        </div>
      </div>
      <AuditResults search={search} />
    </section>
  );
}
