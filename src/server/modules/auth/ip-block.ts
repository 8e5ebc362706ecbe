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
  const entries = new Map<string, { failures: number; windowEnds: number; blockedUntil: number }>();
  return {
    async recordFailure(ip) {
      const now = clock.now().getTime();
      let entry = entries.get(ip);
      if (!entry || entry.windowEnds <= now) {
        entry = { failures: 0, windowEnds: now + IP_WINDOW_MS, blockedUntil: entry?.blockedUntil ?? 0 };
        entries.set(ip, entry);
      }
      entry.failures += 1;
      if (entry.failures >= IP_FAILURE_LIMIT) entry.blockedUntil = now + IP_BLOCK_MS;
    },
    async blockedFor(ip) {
      const now = clock.now().getTime();
      const entry = entries.get(ip);
      if (!entry) return null;
      if (entry.blockedUntil <= now && entry.windowEnds <= now) entries.delete(ip);
      return entry.blockedUntil > now ? Math.ceil((entry.blockedUntil - now) / 1000) : null;
    },
  };
}

export function redisIpBlock(redis: Redis): IpBlock {
  const failuresKey = (ip: string) => `shoppingmall:auth-failures:${ip}`;
  const blockKey = (ip: string) => `shoppingmall:auth-block:${ip}`;
  return {
    async recordFailure(ip) {
      const [[, failures]] = (await redis.multi().incr(failuresKey(ip)).pexpire(failuresKey(ip), IP_WINDOW_MS, 'NX').exec()) as [[null, number]];
      if (failures >= IP_FAILURE_LIMIT) await redis.set(blockKey(ip), '1', 'PX', IP_BLOCK_MS);
    },
    async blockedFor(ip) {
      const ttl = await redis.pttl(blockKey(ip));
      return ttl > 0 ? Math.ceil(ttl / 1000) : null;
    },
  };
}
