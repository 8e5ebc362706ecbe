import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../../lib/clock.js';
import { withRedis } from '../../lib/redis.js';

export const IP_FAILURE_LIMIT = 20;
export const IP_WINDOW_MS = 15 * 60_000;
export const IP_BLOCK_MS = 15 * 60_000;

/**
 * An address with 20 failed logins in 15 minutes is blocked from every /auth route for 15
 * minutes. Counted in memory on one node, in Redis (and in memory) when several share the load.
 */
export type IpBlock = {
  recordFailure(ip: string): Promise<void>;
  /** Seconds until the block lifts, or null when the address is not blocked. */
  blockedFor(ip: string): Promise<number | null>;
};

export function memoryIpBlock(clock: Clock): IpBlock {
  const entries = new Map<string, { failures: number[]; blockedUntil: number }>();
  return {
    async recordFailure(ip) {
      const now = clock.now().getTime();
      const entry = entries.get(ip) ?? { failures: [], blockedUntil: 0 };
      // Only the last LIMIT failures can matter: keep at most that many, within the window.
      entry.failures = [...entry.failures.filter((at) => at > now - IP_WINDOW_MS), now].slice(-IP_FAILURE_LIMIT);
      if (entry.failures.length >= IP_FAILURE_LIMIT) entry.blockedUntil = now + IP_BLOCK_MS;
      entries.set(ip, entry);
    },
    async blockedFor(ip) {
      const now = clock.now().getTime();
      const entry = entries.get(ip);
      if (!entry) return null;
      if (entry.blockedUntil <= now && entry.failures.every((at) => at <= now - IP_WINDOW_MS)) entries.delete(ip);
      return entry.blockedUntil > now ? Math.ceil((entry.blockedUntil - now) / 1000) : null;
    },
  };
}

/**
 * Shared through Redis: a sorted set of failure times per address (scored by our clock), trimmed
 * to the window. Each node counts in memory as well, so that while Redis is down or slow an
 * address is still blocked by what this node saw, and a sign-in never fails because of Redis.
 */
export function redisIpBlock(redis: Redis, clock: Clock): IpBlock {
  const failuresKey = (ip: string) => `shoppingmall:auth-failures:${ip}`;
  const blockKey = (ip: string) => `shoppingmall:auth-block:${ip}`;
  const here = memoryIpBlock(clock);
  const tryRedis = withRedis(redis);
  return {
    async recordFailure(ip) {
      await here.recordFailure(ip);
      const now = clock.now().getTime();
      const key = failuresKey(ip);
      await tryRedis(
        async (shared) => {
          const results = await shared
            .multi()
            .zadd(key, now, `${now}:${randomUUID()}`)
            .zremrangebyscore(key, '-inf', now - IP_WINDOW_MS)
            .zcard(key)
            .pexpire(key, IP_WINDOW_MS)
            .exec();
          const failures = Number(results?.[2]?.[1] ?? 0);
          if (failures >= IP_FAILURE_LIMIT) await shared.set(blockKey(ip), String(now + IP_BLOCK_MS), 'PX', IP_BLOCK_MS);
        },
        () => undefined,
      );
    },
    async blockedFor(ip) {
      // A block this node saw is a block (the address failed 20 times here alone): Redis is not asked.
      const blockedHere = await here.blockedFor(ip);
      if (blockedHere !== null) return blockedHere;
      const until = await tryRedis(async (shared) => Number(await shared.get(blockKey(ip))), () => 0);
      const left = until - clock.now().getTime();
      return left > 0 ? Math.ceil(left / 1000) : null;
    },
  };
}
