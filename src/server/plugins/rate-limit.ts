import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { AppError } from '../lib/app-error.js';
import { clientKey } from '../lib/client-key.js';
import type { IpBlock } from '../modules/auth/ip-block.js';

/**
 * Per-route limits are declared on the routes (`config.rateLimit`); nothing is limited by default.
 * Limits and the block count per client (`clientKey`: an IPv6 client by its /64).
 */
export async function registerRateLimits(app: FastifyInstance, options: { redis?: Redis; ipBlock: IpBlock }): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    ...(options.redis ? { redis: options.redis, nameSpace: 'shoppingmall:rate:' } : {}),
    keyGenerator: (request) => clientKey(request.ip),
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', 'Too many requests; try again later', { retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
  });

  // A client with too many failed logins is shut out of every /auth route for a while.
  app.addHook('onRequest', async (request) => {
    // The matched route, not the raw URL: the router decodes %-escapes, so /api/v1/%61uth/login is the login route too.
    if (!request.routeOptions.url?.startsWith('/api/v1/auth/')) return;
    const retryAfterSeconds = await options.ipBlock.blockedFor(clientKey(request.ip));
    if (retryAfterSeconds !== null) throw new AppError('RATE_LIMITED', 'Too many failed sign-ins from your network; try again later', { retryAfterSeconds });
  });
}

export const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: 60_000 } });
