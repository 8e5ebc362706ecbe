import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../../lib/clock.js';

export const IP_FAILURE_LIMIT = 20;
export const IP_WINDOW_MS = 15 * 60_000;
export const IP_BLOCK_MS = 15 * 60_000;

/**
 * An address with 20 failed logins in 15 minutes is blocked from every /auth route for 15
 * minutes. Counted in memory on one node, in Redis when several share the load.
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

/** A sorted set of failure times per address (scored by our clock), trimmed to the window. */
export function redisIpBlock(redis: Redis, clock: Clock): IpBlock {
  const failuresKey = (ip: string) => `shoppingmall:auth-failures:${ip}`;
  const blockKey = (ip: string) => `shoppingmall:auth-block:${ip}`;
  return {
    async recordFailure(ip) {
      const now = clock.now().getTime();
      const key = failuresKey(ip);
      const results = await redis
        .multi()
        .zadd(key, now, `${now}:${randomUUID()}`)
        .zremrangebyscore(key, '-inf', now - IP_WINDOW_MS)
        .zcard(key)
        .pexpire(key, IP_WINDOW_MS)
        .exec();
      const failures = Number(results?.[2]?.[1] ?? 0);
      if (failures >= IP_FAILURE_LIMIT) await redis.set(blockKey(ip), String(now + IP_BLOCK_MS), 'PX', IP_BLOCK_MS);
    },
    async blockedFor(ip) {
      const until = Number(await redis.get(blockKey(ip)));
      const left = until - clock.now().getTime();
      return left > 0 ? Math.ceil(left / 1000) : null;
    },
  };
}
