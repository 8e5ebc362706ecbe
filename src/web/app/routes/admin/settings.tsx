import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { useSettings } from '../../../features/admin/api/get-settings';
import { SettingsForm } from '../../../features/admin/components/settings-form';
import { useDocumentTitle } from '../../../lib/use-document-title';

export function AdminSettingsPage() {
  useDocumentTitle('Settings');
  const settings = useSettings();

  return (
    <section className="console-page admin-page" aria-labelledby="settings-heading">
      <div className="panel__header">
        <h1 id="settings-heading">Settings</h1>
        <p className="muted">Every change is recorded in the audit log.</p>
      </div>
      {settings.isPending ? (
        <LoadingState label="Loading the settings…" />
      ) : settings.error ? (
        <ErrorState title="Could not load the settings" error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsForm saved={settings.data} />
      )}
    </section>
  );
}
