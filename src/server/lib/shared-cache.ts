import DataLoader from 'dataloader';
import type { Redis } from 'ioredis';
import type { Clock } from './clock.js';
import { subscribe, withRedis } from './redis.js';

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
  /**
   * Drops the keys here at once, and tells the other nodes without waiting for Redis: a lost
   * message (Redis down) is what the entries' short life bounds. Called after the change has committed.
   */
  forget(keys: readonly string[]): void;
  close(): Promise<void>;
};

const MAX_ENTRIES = 100_000;
/** An entry used after three quarters of its life is reloaded behind the request. */
const RELOAD_FROM_AGE = 0.75;
/** How long reloads behind requests gather before they go to the database together. */
const RELOAD_GATHER_MS = 20;

/**
 * The keys a message on the channel names. Anyone who can reach Redis can publish there, so only
 * a JSON list of strings is acted on; anything else names nothing.
 */
function keysIn(message: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return [];
  }
  return Array.isArray(parsed) && parsed.every((key) => typeof key === 'string') ? parsed : [];
}

/**
 * A value with the moment its load began, or the mark of a key forgotten at `forgottenAt`: a load
 * that began before that may have read the old row, so its answer is not kept.
 */
type Entry<V> = { value: V | null; loadedAt: number } | { forgottenAt: number };

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
  const entries = new Map<string, Entry<V>>();
  const reloading = new Set<string>();
  /** Orders loads and forgets: the clock may stand still (in tests) or step back. */
  let tick = 0;

  const loadBatch = async (keys: readonly string[]) => {
    const found = await options.loadMany(keys);
    return keys.map((key) => found.get(key) ?? null);
  };
  // Neither keeps anything itself: they only gather keys into one load. A request that missed
  // waits for the keys asked for in the same tick; reloads behind requests gather for a moment
  // longer, so that a crowd's entries are reloaded in a few queries.
  const misses = new DataLoader<string, V | null>(loadBatch, { cache: false });
  const reloads = new DataLoader<string, V | null>(loadBatch, { cache: false, maxBatchSize: 1_000, batchScheduleFn: (run) => setTimeout(run, RELOAD_GATHER_MS) });

  /** Replaces the key's entry, moving it to the back of the eviction order. */
  const put = (key: string, entry: Entry<V>) => {
    entries.delete(key);
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    entries.set(key, entry);
  };

  /** Loads the key and keeps the value, unless it was forgotten while the load ran. */
  const load = async (key: string, loader: DataLoader<string, V | null>): Promise<V | null> => {
    const startedAt = ++tick;
    const loadedAt = clock.now().getTime();
    const value = await loader.load(key);
    const current = entries.get(key);
    if (!(current && 'forgottenAt' in current && current.forgottenAt > startedAt)) put(key, { value, loadedAt });
    return value;
  };

  const forgetHere = (keys: readonly string[]) => {
    const forgottenAt = ++tick;
    for (const key of keys) put(key, { forgottenAt });
  };

  const tryRedis = redis && withRedis(redis);
  const subscription = redis && subscribe(redis, channel, (message) => forgetHere(keysIn(message)));

  return {
    async get(key) {
      const entry = entries.get(key);
      const age = entry && 'value' in entry ? clock.now().getTime() - entry.loadedAt : Infinity;
      if (!entry || !('value' in entry) || age >= options.ttlMs) return load(key, misses);
      // Late in its life: answered from memory, and reloaded behind the request, so that entries
      // filled together (a crowd signing in at once) do not expire together under load.
      if (age >= options.ttlMs * RELOAD_FROM_AGE && !reloading.has(key)) {
        reloading.add(key);
        load(key, reloads)
          .catch(() => undefined)
          .finally(() => reloading.delete(key));
      }
      return entry.value;
    },
    forget(keys) {
      if (keys.length === 0) return;
      forgetHere(keys);
      // Not awaited, and never a failure of the caller's (already committed) change: a failed
      // publish is logged, and the other nodes' entries expire within their short life anyway.
      void tryRedis?.((shared) => shared.publish(channel, JSON.stringify(keys)), () => 0);
    },
    async close() {
      subscription?.close();
    },
  };
}
