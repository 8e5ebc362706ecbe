import { useState } from 'react';
import type { AuditLogSearch } from '../../../../contracts/audit';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { useAuditLog } from '../../../features/admin/api/get-audit-log';
import { AuditFilters } from '../../../features/admin/components/audit-filters';
import { AuditTable } from '../../../features/admin/components/audit-table';
import { Pager } from '../../../features/admin/components/pager';
import { useDocumentTitle } from '../../../lib/use-document-title';

const PAGE_SIZE = 50;

function AuditResults({ search, onPage }: { search: AuditLogSearch; onPage: (page: number) => void }) {
  const log = useAuditLog(search);

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
        {meta.total} {meta.total === 1 ? 'record' : 'records'}, newest first
      </p>
      <AuditTable records={data} busy={log.isPlaceholderData} />
      <Pager meta={meta} onPage={onPage} label="Audit log pages" />
    </>
  );
}

export function AdminAuditLogPage() {
  useDocumentTitle('Audit log');
  const [search, setSearch] = useState<AuditLogSearch>({ page: 1, pageSize: PAGE_SIZE });

  return (
    <section className="console-page admin-page admin-page--wide" aria-labelledby="audit-heading">
      <div className="panel__header">
        <h1 id="audit-heading">Audit log</h1>
        <p className="muted">
          Who did what and when: sign-ins, lockouts, refused requests and every admin action. Records are never changed
          or removed.
        </p>
      </div>
      <AuditFilters onApply={(filters) => setSearch({ ...filters, page: 1, pageSize: PAGE_SIZE })} />
      <AuditResults search={search} onPage={(page) => setSearch((current) => ({ ...current, page }))} />
    </section>
  );
}
