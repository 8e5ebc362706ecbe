/**
 * A generated catalog for the benchmarks: `products` products of 3 variants each (a colour
 * apiece), one small image each, over 72 categories (12 top, 5 below each) and 50 sellers.
 * Names and descriptions are drawn from word lists, so a search word matches from a few dozen
 * to a few thousand products, as in a real shop. Written with INSERT … SELECT over
 * generate_series, through the same triggers the shop's own writes go through (category names,
 * search words, a product's lowest price and stock).
 */
import { sql } from 'drizzle-orm';
import { connect, migrateDatabase } from '../src/server/db/client.js';
import { newId } from '../src/server/lib/ids.js';
import { categories } from '../src/server/modules/catalog/catalog.tables.js';
import { sellerProfiles, users } from '../src/server/modules/users/users.tables.js';

export const adjectives = ['classic', 'compact', 'cozy', 'durable', 'elegant', 'ergonomic', 'everyday', 'foldable', 'handmade', 'heavy', 'light', 'modern', 'portable', 'premium', 'quiet', 'rugged', 'sleek', 'smart', 'soft', 'sturdy', 'vintage', 'waterproof', 'wireless', 'organic', 'insulated', 'adjustable', 'slim', 'bold', 'rustic', 'minimal'];
export const materials = ['bamboo', 'canvas', 'ceramic', 'cotton', 'leather', 'linen', 'maple', 'oak', 'steel', 'titanium', 'walnut', 'wool', 'aluminium', 'glass', 'silicone', 'copper', 'cork', 'denim', 'felt', 'granite'];
export const nouns = ['backpack', 'blanket', 'bottle', 'bowl', 'cap', 'chair', 'desk', 'earbuds', 'headphones', 'jacket', 'kettle', 'keyboard', 'lamp', 'mug', 'notebook', 'pan', 'pillow', 'planter', 'rug', 'sandals', 'scarf', 'shelf', 'sneakers', 'speaker', 'sweater', 'table', 'tent', 'tote', 'towel', 'watch', 'wallet', 'charger', 'mouse', 'stool', 'teapot', 'boots', 'gloves', 'hoodie', 'knife', 'vase'];
const uses = ['the office', 'long trips', 'small kitchens', 'rainy days', 'the garden', 'weekend hikes', 'reading in bed', 'busy mornings', 'the studio', 'gifts'];
const colours = ['Black', 'White', 'Navy', 'Sage', 'Sand', 'Rust', 'Slate', 'Plum'];
const tops = ['Electronics', 'Home', 'Kitchen', 'Clothing', 'Shoes', 'Outdoors', 'Books', 'Beauty', 'Toys', 'Sports', 'Garden', 'Office'];
const subs = ['Essentials', 'Premium', 'Travel', 'Kids', 'Gifts'];

/** A text[] literal of the word list, for picking words inside SQL. */
const list = (words: string[]) => sql.raw(`(array[${words.map((w) => `'${w.replaceAll("'", "''")}'`).join(',')}])`);

/** Migrates the empty database at `url` and fills it; returns the category slugs and some product ids to request. */
export async function loadCatalog(url: string, products: number): Promise<{ categorySlugs: string[]; productIds: string[] }> {
  const db = connect(url, { max: 2 });
  try {
    await migrateDatabase(db);
    const sellerIds = Array.from({ length: 50 }, () => newId());
    await db.insert(users).values(
      sellerIds.map((id, n) => ({ id, email: `seller-${n}@bench.example`, passwordHash: 'not-a-hash', fullName: `Seller ${n}`, phone: '+12025550143', role: 'seller' as const, status: 'active' as const, emailVerifiedAt: new Date() })),
    );
    await db.insert(sellerProfiles).values(sellerIds.map((userId, n) => ({ userId, businessName: `Bench Goods ${n}`, taxId: 'US-00-0000000' })));

    const categoryRows = tops.flatMap((name) => {
      const id = newId();
      const slug = name.toLowerCase();
      return [{ id, name, slug, parentId: null }, ...subs.map((sub) => ({ id: newId(), name: `${name} ${sub}`, slug: `${slug}-${sub.toLowerCase()}`, parentId: id }))];
    });
    await db.insert(categories).values(categoryRows);
    const leafIds = categoryRows.filter((c) => c.parentId).map((c) => c.id);

    // Deterministic word choices from the row number; three primes make the combinations spread.
    await db.execute(sql`
      insert into products (id, seller_id, category_id, name, description, status, options, created_at, updated_at)
      select
        gen_random_uuid(),
        (${sql.param(sellerIds)}::uuid[])[1 + g % 50],
        (${sql.param(leafIds)}::uuid[])[1 + (g * 7) % ${leafIds.length}],
        initcap(${list(adjectives)}[1 + (g * 13) % ${adjectives.length}] || ' ' || ${list(materials)}[1 + (g * 17) % ${materials.length}] || ' ' || ${list(nouns)}[1 + g % ${nouns.length}]) || ' ' || g,
        'A ' || ${list(adjectives)}[1 + (g * 31) % ${adjectives.length}] || ' ' || ${list(nouns)}[1 + g % ${nouns.length}] || ' in ' || ${list(materials)}[1 + (g * 17) % ${materials.length}]
          || ', made for ' || ${list(uses)}[1 + (g * 11) % ${uses.length}] || '. ' || initcap(${list(adjectives)}[1 + (g * 37) % ${adjectives.length}]) || ' and easy to care for.',
        'active',
        jsonb_build_array(jsonb_build_object('name', 'Colour', 'values', jsonb_build_array(${list(colours)}[1 + g % 8], ${list(colours)}[1 + (g + 1) % 8], ${list(colours)}[1 + (g + 2) % 8]))),
        now() - make_interval(mins => g),
        now() - make_interval(mins => g)
      from generate_series(1, ${products}) g`);
    await db.execute(sql`
      insert into product_variants (id, product_id, sku, options, price_cents, stock, created_at)
      select gen_random_uuid(), p.id, 'B-' || replace(p.id::text, '-', '') || '-' || v,
        jsonb_build_object('Colour', p.options->0->'values'->>(v - 1)),
        500 + (abs(hashtext(p.id::text || v)) % 49500),
        case when abs(hashtext(p.id::text || v || 's')) % 10 = 0 then 0 else abs(hashtext(p.id::text || v || 's')) % 50 end,
        p.created_at
      from products p cross join generate_series(1, 3) v`);
    // One small picture each, so that lists pay for finding the first image as they would in a shop.
    await db.execute(sql`insert into product_images (id, product_id, alt, position, width, height) select gen_random_uuid(), id, name, 0, 320, 320 from products`);
    await db.execute(sql`insert into product_image_files (image_id, width, content_type, data, etag) select id, 320, 'image/webp', decode('52494646', 'hex'), 'bench' from product_images`);
    await db.execute(sql`analyze`);

    const sample = await db.execute<{ id: string }>(sql`select id from products order by random() limit 2000`);
    return { categorySlugs: categoryRows.map((c) => c.slug), productIds: sample.rows.map((r) => r.id) };
  } finally {
    await db.$client.end();
  }
}
