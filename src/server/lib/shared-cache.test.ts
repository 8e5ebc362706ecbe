import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../test/clock.js';
import { createRedis, type RedisLog } from './redis.js';
import { createSharedCache } from './shared-cache.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const TTL_MS = 4_000;

/** A "table" the cache reads, with a record of every load it was asked for. */
function source(initial: Record<string, string>) {
  const rows = new Map(Object.entries(initial));
  const loads: string[][] = [];
  let gate: Promise<void> = Promise.resolve();
  return {
    rows,
    loads,
    /** Holds every load until the returned function is called, to put something between its read and its answer. */
    hold() {
      let release = () => {};
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
    loadMany: async (keys: readonly string[]) => {
      loads.push([...keys]);
      const read = new Map(keys.flatMap((key) => (rows.has(key) ? [[key, rows.get(key) as string] as const] : [])));
      await gate;
      return read;
    },
  };
}

const closers: (() => Promise<void>)[] = [];
// Last opened, first closed: a clean-up may need a client opened before it.
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

/** A client of the shared Redis, with what it logs. */
function redisClient(url = REDIS_URL) {
  const logged: { message: string; details?: object }[] = [];
  const log: RedisLog = { warn: (details, message) => logged.push({ message, details }), info: (message) => logged.push({ message }) };
  const redis = createRedis(url, log);
  closers.push(async () => redis.disconnect());
  return { redis, logged };
}

/** Resolves once `count` caches listen on the channel, as they do once started. */
const listening = (redis: Redis, name: string, count: number) =>
  expect.poll(async () => (await redis.pubsub('NUMSUB', `shoppingmall:${name}:forget`))[1]).toBe(count);

function cacheOver(table: ReturnType<typeof source>, extra: { redis?: Redis; name?: string } = {}) {
  const clock = testClock();
  const cache = createSharedCache<string>({ name: extra.name ?? 'test', ttlMs: TTL_MS, clock, loadMany: table.loadMany, redis: extra.redis });
  closers.push(() => cache.close());
  return { cache, clock };
}

describe('the shared cache', () => {
  it('loads the misses of one moment in one query, and answers from memory until the entry is old', async () => {
    const table = source({ a: 'A', b: 'B' });
    const { cache, clock } = cacheOver(table);
    expect(await Promise.all([cache.get('a'), cache.get('b'), cache.get('c')])).toEqual(['A', 'B', null]);
    expect(table.loads).toEqual([['a', 'b', 'c']]);

    table.rows.set('a', 'A2');
    expect(await cache.get('a')).toBe('A');
    clock.advance(TTL_MS);
    expect(await cache.get('a')).toBe('A2');
  });

  it('reloads an entry used late in its life behind the request, so it never expires while in use', async () => {
    const table = source({ a: 'A' });
    const { cache, clock } = cacheOver(table);
    await cache.get('a');
    table.rows.set('a', 'A2');
    clock.advance(TTL_MS * 0.8);
    expect(await cache.get('a')).toBe('A');
    await expect.poll(() => table.loads.length).toBe(2);
    clock.advance(TTL_MS * 0.5);
    // Older than its life since the first load, but reloaded since: no request waits.
    expect(await cache.get('a')).toBe('A2');
    expect(table.loads).toHaveLength(2);
  });

  it('does not keep a value whose load began before the key was forgotten', async () => {
    const table = source({ a: 'old' });
    const { cache } = cacheOver(table);
    const release = table.hold();
    const inFlight = cache.get('a');
    await expect.poll(() => table.loads.length).toBe(1);
    // The row changes and the change is announced while the load, which read the old row, is out.
    table.rows.set('a', 'new');
    cache.forget(['a']);
    release();
    expect(await inFlight).toBe('old');
    expect(await cache.get('a')).toBe('new');
  });

  it('forgets on every node that shares Redis, without the caller waiting for it', async () => {
    const { redis } = redisClient();
    const name = `test-${randomUUID()}`;
    const table = source({ a: 'A' });
    const nodeA = cacheOver(table, { redis, name });
    const nodeB = cacheOver(table, { redis, name });
    await Promise.all([nodeA.cache.get('a'), nodeB.cache.get('a')]);
    await listening(redis, name, 2);

    table.rows.set('a', 'A2');
    nodeA.cache.forget(['a']);
    expect(await nodeA.cache.get('a')).toBe('A2');
    await expect.poll(() => nodeB.cache.get('a')).toBe('A2');
  });

  it('acts only on a list of keys: anything else on its channel (anyone with Redis may publish there) names nothing', async () => {
    const { redis } = redisClient();
    const name = `test-${randomUUID()}`;
    const table = source({ a: 'A', b: 'B', '1': 'one' });
    const { cache } = cacheOver(table, { redis, name });
    await Promise.all([cache.get('a'), cache.get('b'), cache.get('1')]);
    await listening(redis, name, 1);

    const channel = `shoppingmall:${name}:forget`;
    // A string is iterable (its letters would be keys), a number is not, 1e999 parses as Infinity.
    for (const message of ['not json', '"a"', '1e999', '[1]', '[{"a":1}]', '{"0":"a","length":1}', '["a", 1]']) await redis.publish(channel, message);
    await redis.publish(channel, '["b"]');
    // Messages arrive in order: once "b" is forgotten, the ones before it have been handled.
    await expect.poll(async () => (await cache.get('b'), table.loads.flat().filter((key) => key === 'b').length)).toBe(2);
    expect(await cache.get('a')).toBe('A');
    expect(await cache.get('1')).toBe('one');
    expect(table.loads.flat().filter((key) => key !== 'b')).toEqual(['a', '1']);
  });

  it('logs a publish that Redis refuses, and forgets here all the same', async () => {
    // A user of the shared Redis that may do anything but publish: a real refusal, on a connection that is up.
    const admin = redisClient().redis;
    const user = `no-publish-${randomUUID()}`;
    await admin.acl('SETUSER', user, 'on', '>secret', '~*', '&*', '+@all', '-publish');
    closers.push(async () => void (await admin.acl('DELUSER', user)));
    const { redis, logged } = redisClient(`redis://${user}:secret@127.0.0.1:6379`);
    const table = source({ a: 'A' });
    const { cache } = cacheOver(table, { redis, name: `test-${randomUUID()}` });
    await cache.get('a');

    table.rows.set('a', 'A2');
    expect(() => cache.forget(['a'])).not.toThrow();
    expect(await cache.get('a')).toBe('A2');
    await expect.poll(() => logged).toContainEqual({ message: expect.stringMatching(/^Redis unavailable/), details: { err: expect.objectContaining({ message: expect.stringContaining('NOPERM') }) } });
  });
});
