import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import LocalStore from '@fastify/rate-limit/store/LocalStore.js';
import RedisStore from '@fastify/rate-limit/store/RedisStore.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { AppError } from '../lib/app-error.js';
import { clientKey } from '../lib/client-key.js';
import { withRedis } from '../lib/redis.js';
import type { IpBlock } from '../modules/auth/ip-block.js';

/**
 * Per-route limits are declared on the routes (`config.rateLimit`); nothing is limited by default.
 * Limits and the block count per client (`clientKey`: an IPv6 client by its /64).
 */
export async function registerRateLimits(app: FastifyInstance, options: { redis?: Redis; ipBlock: IpBlock }): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    ...(options.redis ? { store: sharedOrLocalStore(options.redis) } : {}),
    // The client address the authorization hook resolved (TRUST_PROXY, forwarded values that are no address passed over).
    keyGenerator: (request) => clientKey(request.actor.ip),
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', 'Too many requests; try again later', { retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
  });

  // A client with too many failed logins is shut out of every /auth route for a while.
  app.addHook('onRequest', async (request) => {
    // The matched route, not the raw URL: the router decodes %-escapes, so /api/v1/%61uth/login is the login route too.
    if (!request.routeOptions.url?.startsWith('/api/v1/auth/')) return;
    const retryAfterSeconds = await options.ipBlock.blockedFor(clientKey(request.actor.ip));
    if (retryAfterSeconds !== null) throw new AppError('RATE_LIMITED', 'Too many failed sign-ins from your network; try again later', { retryAfterSeconds });
  });
}

type Count = { current: number; ttl: number };

const count = (store: FastifyRateLimitStore, key: string, timeWindow: number, max: number) =>
  new Promise<Count>((resolve, reject) => store.incr(key, (error, result) => (result ? resolve(result) : reject(error ?? new Error('no count from the store'))), timeWindow, max));

/**
 * Counts in Redis, shared by the nodes, while Redis answers; on this node alone while it does
 * not, so that every limit still holds, per node, during an outage (never no limit at all).
 */
class SharedOrLocalStore implements FastifyRateLimitStore {
  constructor(
    private readonly tryRedis: ReturnType<typeof withRedis>,
    private readonly shared: FastifyRateLimitStore,
    private readonly local: FastifyRateLimitStore,
  ) {}

  incr(key: string, callback: (error: Error | null, result?: Count) => void, timeWindow: number, max: number): void {
    this.tryRedis(
      () => count(this.shared, key, timeWindow, max),
      () => count(this.local, key, timeWindow, max),
    ).then((result) => callback(null, result), callback);
  }

  /** Each limited route's counters, named after the route and with its options. */
  child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
    return new SharedOrLocalStore(this.tryRedis, this.shared.child(routeOptions), this.local.child(routeOptions));
  }
}

/** The store class the plugin constructs once; the routes' stores are its children. */
const sharedOrLocalStore = (redis: Redis) =>
  class extends SharedOrLocalStore {
    constructor() {
      super(withRedis(redis), new RedisStore(false, false, redis, 'shoppingmall:rate:'), new LocalStore(false, false));
    }
  };

export const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: 60_000 } });

/**
 * Per signed-in account, from whatever address: for the routes that hash a password on every
 * call, so that one user cannot keep the hashing threads busy. Counted once the token names the
 * user (preHandler).
 */
export const perUserPerMinute = (max: number) => ({
  rateLimit: { max, timeWindow: 60_000, hook: 'preHandler', keyGenerator: (request: FastifyRequest) => `user:${request.actor.userId}` } as const,
});
