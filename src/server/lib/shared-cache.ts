import DataLoader from 'dataloader';
import type { Redis } from 'ioredis';
import type { Clock } from './clock.js';

/**
 * A node's short memory of rows that any node may change, for what every request reads (the
 * session check, the caller's profile). An entry is kept at most `ttlMs`, so a change made
 * elsewhere is seen within that time even if a message is lost; `forget` drops entries at once
 * here and, through Redis, on every node. The misses of one moment are loaded together in one
 * query (DataLoader's batching), and an entry in use is reloaded before it expires, so requests
 * rarely wait for the database at all.
 */
export type SharedCache<V> = {
  /** The value, from memory or loaded; null when the loader found none. */
  get(key: string): Promise<V | null>;
  /** Drops the keys here and on every node: after the change has committed (an after-commit hook). */
  forget(keys: readonly string[]): Promise<void>;
  close(): Promise<void>;
};

const MAX_ENTRIES = 100_000;
/** An entry used after three quarters of its life is reloaded behind the request. */
const RELOAD_FROM_AGE = 0.75;
const RELOAD_GATHER_MS = 20;

export function createSharedCache<V>(options: {
  /** Names the Redis channel the nodes tell each other on. */
  name: string;
  ttlMs: number;
  clock: Clock;
  /** Loads many keys in one query; a key missing from the map has no value. */
  loadMany: (keys: readonly string[]) => Promise<Map<string, V>>;
  redis?: Redis;
}): SharedCache<V> {
  const { clock, redis } = options;
  const channel = `shoppingmall:${options.name}:forget`;
  const entries = new Map<string, { value: V | null; loadedAt: number }>();
  const refreshing = new Set<string>();
  // Bumped by every forget: a load that began before one may have read the old row, so it is
  // answered but not kept.
  let generation = 0;
  const loadBatch = async (keys: readonly string[]) => {
    const found = await options.loadMany(keys);
    return keys.map((key) => found.get(key) ?? null);
  };
  // Neither keeps anything itself: they only gather keys into one load. A request that missed
  // waits for the keys asked for in the same tick; reloads behind requests gather for a moment
  // longer, so that a crowd's entries are reloaded in a few queries.
  const misses = new DataLoader<string, V | null>(loadBatch, { cache: false });
  const reloads = new DataLoader<string, V | null>(loadBatch, { cache: false, maxBatchSize: 1_000, batchScheduleFn: (run) => setTimeout(run, RELOAD_GATHER_MS) });

  /** Loads the key and keeps the value, unless a forget came in meanwhile. */
  const load = async (key: string, loader = misses): Promise<V | null> => {
    const startedIn = generation;
    const loadedAt = clock.now().getTime();
    const value = await loader.load(key);
    if (startedIn === generation) {
      if (!entries.has(key) && entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(key, { value, loadedAt });
    }
    return value;
  };

  /**
   * An entry late in its life is answered from memory and reloaded behind the request, so that
   * entries filled together (a crowd signing in at once) do not expire together under load.
   */
  const refreshBehind = (key: string): void => {
    if (refreshing.has(key)) return;
    refreshing.add(key);
    load(key, reloads)
      .catch(() => undefined)
      .finally(() => refreshing.delete(key));
  };

  const subscriber = redis?.duplicate();
  subscriber?.on('message', (_channel: string, message: string) => {
    generation += 1;
    for (const key of JSON.parse(message) as string[]) entries.delete(key);
  });
  const subscribed = subscriber?.subscribe(channel);

  return {
    async get(key) {
      const hit = entries.get(key);
      const age = hit ? clock.now().getTime() - hit.loadedAt : Infinity;
      if (!hit || age >= options.ttlMs) return load(key);
      if (age >= options.ttlMs * RELOAD_FROM_AGE) refreshBehind(key);
      return hit.value;
    },
    async forget(keys) {
      if (keys.length === 0) return;
      generation += 1;
      for (const key of keys) entries.delete(key);
      await redis?.publish(channel, JSON.stringify(keys));
    },
    async close() {
      await subscribed;
      subscriber?.disconnect();
    },
  };
}
