import type { Redis } from 'ioredis';
import type { Clock } from '../../lib/clock.js';

/**
 * Answers "whose live session is this?" for every authenticated request without a database
 * round trip each time. An answer is cached for at most CACHE_MS, so a revocation bites within
 * that time on every node even if a message is lost; with Redis, revocations are also broadcast
 * so other nodes forget at once.
 */
export const CACHE_MS = 4_000;
const MAX_ENTRIES = 100_000;
const CHANNEL = 'shoppingmall:sessions:revoked';

export type SessionGuard = {
  /** The user whose live session this is; null when it is revoked, expired or unknown. */
  ownerOf(sessionId: string): Promise<string | null>;
  /** Forgets the sessions here and on every node. Only after the revocation has committed (an after-commit hook). */
  revoked(sessionIds: string[]): Promise<void>;
  close(): Promise<void>;
};

export function createSessionGuard(options: {
  clock: Clock;
  /** Reads the session from the database: its user while it is live, else null. */
  load: (sessionId: string) => Promise<string | null>;
  redis?: Redis;
}): SessionGuard {
  const { clock, load, redis } = options;
  const cache = new Map<string, { owner: string | null; until: number }>();
  const subscriber = redis?.duplicate();
  subscriber?.on('message', (_channel: string, message: string) => {
    for (const id of JSON.parse(message) as string[]) cache.delete(id);
  });
  const subscribed = subscriber?.subscribe(CHANNEL);

  return {
    async ownerOf(sessionId) {
      const now = clock.now().getTime();
      const hit = cache.get(sessionId);
      if (hit && hit.until > now) return hit.owner;
      const owner = await load(sessionId);
      if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
      cache.set(sessionId, { owner, until: now + CACHE_MS });
      return owner;
    },
    async revoked(sessionIds) {
      if (sessionIds.length === 0) return;
      for (const id of sessionIds) cache.delete(id);
      await redis?.publish(CHANNEL, JSON.stringify(sessionIds));
    },
    async close() {
      await subscribed;
      subscriber?.disconnect();
    },
  };
}
