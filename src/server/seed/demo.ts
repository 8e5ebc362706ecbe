import { randomBytes } from 'node:crypto';
import { systemVisitor, type UnitOfWork } from '../context.js';
import type { PasswordHasher } from '../modules/auth/passwords.js';
import type { PasswordService } from '../modules/auth/passwords.service.js';
import type { CatalogService } from '../modules/catalog/catalog.service.js';
import type { NewAccount, UserService } from '../modules/users/users.service.js';
import { demoCategories, demoShops, otherSellerAccounts, type DemoProduct } from './demo-catalog.js';
import { drawProductArt } from './product-art.js';

export type DemoLogin = { role: 'customer' | 'seller'; email: string; password: string };

export const demoLogins: DemoLogin[] = [
  { role: 'customer', email: 'customer@example.com', password: 'Shopper#Plum26' },
  { role: 'seller', email: 'seller@example.com', password: 'Seller#Quince26' },
];

const demoAccounts = {
  customer: { fullName: 'Casey Customer', phone: '+12025550178' },
  seller: { fullName: 'Sam Seller', phone: '+12025550143', business: { name: 'Northwind Goods', taxId: 'US-12-3456789' } },
} as const;

type SeedServices = { run: UnitOfWork; users: UserService; passwords: PasswordService; catalog: CatalogService };

/** The other sellers have no login: a random password nobody knows, with the character classes the policy asks for. */
const unguessablePassword = () => `Aa1#${randomBytes(24).toString('base64url')}`;

const withArt = (product: DemoProduct) => ({
  ...product,
  image: { contentType: 'image/svg+xml', data: Buffer.from(drawProductArt(product)), width: 800, height: 800 },
});

/**
 * Loads the demo shop into an empty database: categories, four sellers with their products, a
 * customer. Returns the logins to print, or nothing when the database already has customers or sellers.
 */
export async function seedDemo({ run, users, passwords, catalog }: SeedServices): Promise<DemoLogin[] | undefined> {
  const accounts: { account: Omit<NewAccount, 'passwordHash'>; password: string }[] = [
    ...demoLogins.map((login) => ({ account: { ...demoAccounts[login.role], email: login.email, role: login.role }, password: login.password })),
    ...otherSellerAccounts.map((account) => ({ account: { ...account, role: 'seller' as const }, password: unguessablePassword() })),
  ];
  const hashes = await Promise.all(accounts.map(({ account, password }) => passwords.hashNew(null, password, account.email)));
  return run(systemVisitor('demo-seed'), async (ctx) => {
    // Two nodes starting together against one empty database must not both seed it.
    if (!(await users.claimEmptyShop(ctx))) return undefined;
    const idByEmail = new Map<string, string>();
    for (const [index, { account }] of accounts.entries()) {
      const passwordHash = hashes[index] as string;
      const created = await users.create(ctx, { ...account, passwordHash }, { status: 'active', verified: true });
      await passwords.recordHistory(ctx, created.id, passwordHash);
      idByEmail.set(account.email, created.id);
    }
    for (const shop of demoShops) {
      await catalog.addDemoCatalog(ctx, idByEmail.get(shop.sellerEmail) as string, {
        // addDemoCatalog finds a product's category only among those it writes: each seller brings its departments.
        categories: demoCategories.filter((department) => shop.departments.includes(department.slug)),
        products: shop.products.map(withArt),
      });
    }
    return demoLogins;
  });
}

/** The demo logins that still work (their account exists with the demo password), for the start banner of every restart. */
export async function workingDemoLogins({ users, hasher }: { users: UserService; hasher: PasswordHasher }): Promise<DemoLogin[]> {
  const working = await Promise.all(
    demoLogins.map(async (login) => {
      const user = await users.findByEmail(login.email);
      return user?.status === 'active' && (await hasher.verify(user.passwordHash, login.password)) ? login : undefined;
    }),
  );
  return working.filter((login) => login !== undefined);
}
