import { Link } from '@tanstack/react-router';
import { useApplicationsForReview } from '../../../features/seller-applications/api/review';
import { useDocumentTitle } from '../../../lib/use-document-title';

/** "3 waiting for review", while the count loads nothing, and on an error the plain description. */
function PendingApplications() {
  const pending = useApplicationsForReview('pending', 1);
  const total = pending.data?.meta.total;
  if (total === undefined) {
    return <span className="link-card__text">Approve or reject customers who asked to sell.</span>;
  }
  return (
    <span className="link-card__text">
      {total === 0 ? 'Nothing waiting for review.' : <strong className="admin-count">{total} waiting for review</strong>}
    </span>
  );
}

export function AdminOverviewPage() {
  useDocumentTitle('Admin console');

  return (
    <section className="console-page admin-page" aria-labelledby="overview-heading">
      <h1 id="overview-heading">Admin console</h1>
      <ul className="link-cards">
        <li>
          <Link to="/admin/users" className="link-card">
            <span className="link-card__title">Users</span>
            <span className="link-card__text">Find any account, see its devices, suspend or reactivate it, and add admins.</span>
          </Link>
        </li>
        <li>
          <Link to="/admin/seller-applications" className="link-card">
            <span className="link-card__title">Seller applications</span>
            <PendingApplications />
          </Link>
        </li>
        <li>
          <Link to="/admin/categories" className="link-card">
            <span className="link-card__title">Categories</span>
            <span className="link-card__text">The tree shoppers browse: add, rename, move and delete categories.</span>
          </Link>
        </li>
        <li>
          <Link to="/admin/audit-log" className="link-card">
            <span className="link-card__title">Audit log</span>
            <span className="link-card__text">Who did what and when: sign-ins, lockouts, refused requests and admin actions.</span>
          </Link>
        </li>
        <li>
          <Link to="/admin/settings" className="link-card">
            <span className="link-card__title">Settings</span>
            <span className="link-card__text">Store name, sign-in to browse, the low-stock threshold and shipping methods.</span>
          </Link>
        </li>
      </ul>
    </section>
  );
}
