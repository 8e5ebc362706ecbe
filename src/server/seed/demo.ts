import { systemVisitor, type UnitOfWork } from '../context.js';
import type { PasswordHasher } from '../modules/auth/passwords.js';
import type { PasswordService } from '../modules/auth/passwords.service.js';
import type { CatalogService } from '../modules/catalog/catalog.service.js';
import type { UserService } from '../modules/users/users.service.js';
import { drawProductArt, type Glyph } from './product-art.js';

export type DemoLogin = { role: 'customer' | 'seller'; email: string; password: string };

export const demoLogins: DemoLogin[] = [
  { role: 'customer', email: 'customer@example.com', password: 'Shopper#Plum26' },
  { role: 'seller', email: 'seller@example.com', password: 'Seller#Quince26' },
];

const categoryTree = [
  { name: 'Electronics', slug: 'electronics', children: [{ name: 'Audio', slug: 'audio' }, { name: 'Computer accessories', slug: 'computer-accessories' }] },
  { name: 'Home & Kitchen', slug: 'home-kitchen', children: [{ name: 'Lighting', slug: 'lighting' }] },
  { name: 'Clothing', slug: 'clothing', children: [{ name: 'Shoes', slug: 'shoes' }] },
  { name: 'Books', slug: 'books', children: [] },
  { name: 'Outdoors', slug: 'outdoors', children: [] },
];

type DemoProduct = {
  name: string;
  category: string;
  glyph: Glyph;
  hue: number;
  description: string;
  variants: { sku: string; options: Record<string, string>; priceCents: number; stock: number }[];
};

const demoProducts: DemoProduct[] = [
  { name: 'Studio Wireless Headphones', category: 'audio', glyph: 'headphones', hue: 250, description: 'Over-ear headphones with active noise cancelling and 30 hours of battery.', variants: [{ sku: 'HP-STUDIO-BLK', options: { color: 'Black' }, priceCents: 14900, stock: 25 }, { sku: 'HP-STUDIO-WHT', options: { color: 'White' }, priceCents: 14900, stock: 8 }] },
  { name: 'Pocket Earbuds', category: 'audio', glyph: 'headphones', hue: 200, description: 'Tiny true-wireless earbuds with a charging case that fits any pocket.', variants: [{ sku: 'EB-POCKET', options: { color: 'Graphite' }, priceCents: 5900, stock: 40 }] },
  { name: 'Mechanical Keyboard', category: 'computer-accessories', glyph: 'keyboard', hue: 215, description: 'Hot-swappable mechanical keyboard with tactile switches and a solid aluminium case.', variants: [{ sku: 'KB-MECH-TKL', options: { layout: 'Tenkeyless' }, priceCents: 11900, stock: 12 }, { sku: 'KB-MECH-FULL', options: { layout: 'Full size' }, priceCents: 12900, stock: 6 }] },
  { name: 'Stoneware Coffee Mug', category: 'home-kitchen', glyph: 'mug', hue: 25, description: 'A hand-glazed 350 ml mug that keeps coffee warm and sits well in the hand.', variants: [{ sku: 'MUG-STONE-SAND', options: { color: 'Sand' }, priceCents: 1800, stock: 60 }, { sku: 'MUG-STONE-SLATE', options: { color: 'Slate' }, priceCents: 1800, stock: 3 }] },
  { name: 'Arc Desk Lamp', category: 'lighting', glyph: 'lamp', hue: 45, description: 'A dimmable LED desk lamp with warm-to-cool colour and a weighted base.', variants: [{ sku: 'LAMP-ARC', options: { finish: 'Brass' }, priceCents: 7900, stock: 15 }] },
  { name: 'Organic Cotton T-Shirt', category: 'clothing', glyph: 'shirt', hue: 160, description: 'Soft, heavyweight organic cotton tee with a relaxed fit.', variants: ['S', 'M', 'L', 'XL'].map((size, i) => ({ sku: `TEE-ORG-${size}`, options: { size, color: 'Sage' }, priceCents: 2500, stock: [10, 20, 18, 0][i] ?? 0 })) },
  { name: 'Trail Running Shoes', category: 'shoes', glyph: 'sneaker', hue: 5, description: 'Grippy, cushioned trail shoes for rocky paths and wet mornings.', variants: ['40', '42', '44'].map((size) => ({ sku: `SHOE-TRAIL-${size}`, options: { size }, priceCents: 11500, stock: 7 })) },
  { name: 'The Careful Engineer', category: 'books', glyph: 'book', hue: 280, description: 'Essays on building software that people can trust, from security to simplicity.', variants: [{ sku: 'BOOK-CAREFUL-PB', options: { format: 'Paperback' }, priceCents: 2900, stock: 30 }, { sku: 'BOOK-CAREFUL-HC', options: { format: 'Hardcover' }, priceCents: 4200, stock: 10 }] },
  { name: 'Insulated Water Bottle', category: 'outdoors', glyph: 'bottle', hue: 185, description: 'Keeps drinks cold for 24 hours and hot for 12. 750 ml, leak-proof lid.', variants: [{ sku: 'BOTTLE-750-TEAL', options: { color: 'Teal' }, priceCents: 3200, stock: 45 }] },
  { name: 'Everyday Backpack', category: 'outdoors', glyph: 'backpack', hue: 330, description: 'A 20-litre water-resistant backpack with a padded laptop sleeve.', variants: [{ sku: 'PACK-20-CHAR', options: { color: 'Charcoal' }, priceCents: 8900, stock: 14 }] },
  { name: 'Ceramic Planter', category: 'home-kitchen', glyph: 'plant', hue: 120, description: 'A matte ceramic pot with a drainage hole and a bamboo saucer.', variants: [{ sku: 'PLANT-CER-M', options: { size: 'Medium' }, priceCents: 2400, stock: 22 }, { sku: 'PLANT-CER-L', options: { size: 'Large' }, priceCents: 3400, stock: 9 }] },
  { name: 'Field Notes on Security', category: 'books', glyph: 'book', hue: 350, description: 'A practical handbook of threat models, password storage and session design.', variants: [{ sku: 'BOOK-FIELD-PB', options: { format: 'Paperback' }, priceCents: 3500, stock: 18 }] },
];

type SeedServices = { run: UnitOfWork; users: UserService; passwords: PasswordService; catalog: CatalogService };

const demoAccounts = {
  customer: { fullName: 'Casey Customer', phone: '+12025550178' },
  seller: { fullName: 'Sam Seller', phone: '+12025550143', business: { name: 'Northwind Goods', taxId: 'US-12-3456789' } },
} as const;

/**
 * Loads the demo shop into an empty database: categories, a seller with products, a customer.
 * Returns the logins to print, or nothing when the database already has customers or sellers.
 */
export async function seedDemo({ run, users, passwords, catalog }: SeedServices): Promise<DemoLogin[] | undefined> {
  const hashes = await Promise.all(demoLogins.map((login) => passwords.hashNew(null, login.password, login.email)));
  return run(systemVisitor('demo-seed'), async (ctx) => {
    // Two nodes starting together against one empty database must not both seed it.
    if (!(await users.claimEmptyShop(ctx))) return undefined;
    const ids: Partial<Record<DemoLogin['role'], string>> = {};
    for (const [index, login] of demoLogins.entries()) {
      const passwordHash = hashes[index] as string;
      const account = await users.create(ctx, { email: login.email, passwordHash, role: login.role, ...demoAccounts[login.role] }, { status: 'active', verified: true });
      await passwords.recordHistory(ctx, account.id, passwordHash);
      ids[login.role] = account.id;
    }
    await catalog.addDemoCatalog(ctx, ids.seller as string, {
      categories: categoryTree,
      products: demoProducts.map((product) => ({ ...product, image: { contentType: 'image/svg+xml', data: Buffer.from(drawProductArt(product)), width: 800, height: 800 } })),
    });
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
