import type { AdminUserListQuery } from '../../contracts/admin';
import type { AuditLogSearch } from '../../contracts/audit';
import type { SellerApplicationStatus } from '../../contracts/account';
import type { ProductListQuery } from '../../contracts/catalog';

// Every TanStack Query key of the app. What anyone may see sits at the top level; whatever was
// fetched with the signed-in user's token sits under `signedIn`, so a sign-out drops all of it
// in one call and the next user of the tab sees none of it.

const signedIn = ['signed-in'] as const;
const me = [...signedIn, 'me'] as const;
const admin = [...signedIn, 'admin'] as const;
const sellerApplications = [...admin, 'seller-applications'] as const;

export const queryKeys = {
  store: ['store'] as const,
  categories: ['categories'] as const,
  /** The prefix of every product list and product: each names its category. */
  allProducts: ['products'] as const,
  products: (params: Partial<ProductListQuery>) => ['products', 'list', params] as const,
  product: (id: string) => ['products', 'detail', id] as const,
  seller: (id: string) => ['sellers', id] as const,

  /** The prefix of everything personal: removed whole at sign-out. */
  signedIn,
  me: {
    profile: [...me, 'profile'] as const,
    sessions: [...me, 'sessions'] as const,
    addresses: [...me, 'addresses'] as const,
    sellerApplication: [...me, 'seller-application'] as const,
    backInStock: [...me, 'back-in-stock'] as const,
  },
  admin: {
    users: [...admin, 'users'] as const,
    userList: (params: Partial<AdminUserListQuery>) => [...admin, 'users', 'list', params] as const,
    user: (id: string) => [...admin, 'users', 'detail', id] as const,
    auditLog: (params: AuditLogSearch) => [...admin, 'audit-log', params] as const,
    settings: [...admin, 'settings'] as const,
    sellerApplications,
    sellerApplicationPage: (status: SellerApplicationStatus, page: number) => [...sellerApplications, status, page] as const,
  },
};
