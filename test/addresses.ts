import type { Database } from '../src/server/db/client.js';
import { newId } from '../src/server/lib/ids.js';
import { addresses } from '../src/server/modules/addresses/addresses.tables.js';

type AddressFields = Partial<Omit<typeof addresses.$inferInsert, 'id' | 'userId'>>;

/**
 * A delivery address written straight to the table, for a test about something else that needs
 * the user to have one: the user's default, in Springfield IL, unless `fields` say otherwise.
 */
export async function insertAddress(db: Database, userId: string, fields: AddressFields = {}): Promise<string> {
  const now = new Date();
  const id = newId();
  await db.insert(addresses).values({
    id,
    userId,
    recipientName: 'Ada Lovelace',
    phone: '+12025550143',
    line1: '12 Analytical Way',
    city: 'Springfield',
    state: 'IL',
    postalCode: '62701',
    country: 'US',
    isDefault: true,
    createdAt: now,
    updatedAt: now,
    ...fields,
  });
  return id;
}
