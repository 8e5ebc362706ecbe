import { ConsolePlaceholder } from '../../layouts/console-layout';

export function AdminSettingsPage() {
  return (
    <ConsolePlaceholder title="Settings">
      Store name, whether shoppers must sign in to browse, stock thresholds and shipping methods.
    </ConsolePlaceholder>
  );
}
