import type { FastifyInstance, FastifyRequest, preParsingAsyncHookHandler } from 'fastify';
import { RECORDED_TEXT_MAX, type Actor, type Visitor } from '../context.js';
import { AppError, sessionEnded } from '../lib/app-error.js';
import { clientAddress } from './client-address.js';
import { permissionsByRole, type Permission } from '../modules/auth/permissions.js';
import type { TokenService } from '../modules/auth/tokens.js';

/** Who may call a route: a permission of the matrix (`modules/auth/permissions.ts`), or anyone. */
export type Access = Permission | 'public';
export type RouteAccess = { method: string; url: string; access: Access };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every /api/v1 route: a route that does not say who may call it is not served. */
    access?: Access;
  }
  interface FastifyRequest {
    /** Who calls: the signed-in user once the token is verified, a visitor until then. */
    actor: Actor | Visitor;
  }
  interface FastifyInstance {
    /** Every API route with its access rule, for the permission-matrix test. */
    accessTable: readonly RouteAccess[];
  }
}

/** Routes of plugins we do not write (static files, Swagger UI) live outside the API prefix. */
const API_PREFIX = '/api/v1/';

/**
 * Deny by default. Every API route declares `config.access`; registering one that does not
 * throws at start-up. A route's check runs before the body is even parsed, so nobody learns
 * anything of a route's schema without the right to call it, and after the rate limits, so a
 * refused request still counts against them.
 *
 * Bearer tokens only: browsers never attach them on their own, so these routes need no CSRF
 * defence. The token's session is checked on every request (through the sessions service's short
 * cache), so a revoked session stops working within seconds although its JWT has not expired.
 * Permissions come from the matrix for the token's role, not from the token: a permission that a
 * release adds works at once for tokens issued before it.
 */
export function registerAuthorization(
  app: FastifyInstance,
  options: {
    tokens: TokenService;
    /** Whose live session a token's `sid` is: the session check, through its short cache. */
    sessions: { ownerOf(sessionId: string): Promise<string | null> };
    /** What a visitor without a token may do; the store settings decide. */
    anonymous: () => Promise<readonly Permission[]>;
    /** Records a refusal: a missing permission or someone else's resource. */
    onDenied: (request: FastifyRequest) => Promise<void>;
  },
): void {
  const { tokens, sessions } = options;
  const table: RouteAccess[] = [];
  app.decorate('accessTable', table);
  // Set for every request by the hook below; Fastify wants the slot declared up front.
  app.decorateRequest('actor', null as never);
  app.addHook('onRequest', (request, _reply, done) => {
    request.actor = visitorOf(request);
    done();
  });

  const requires =
    (permission: Permission): preParsingAsyncHookHandler =>
    async (request) => {
      const header = request.headers.authorization;
      if (!header) {
        if ((await options.anonymous()).includes(permission)) return;
        throw new AppError('AUTH_TOKEN_REQUIRED', 'Sign in to continue');
      }
      const [scheme, token] = header.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token) throw new AppError('AUTH_INVALID_TOKEN', 'The token is not valid');
      const claims = tokens.verifyAccess(token);
      // A live session of the very user the token names.
      if ((await sessions.ownerOf(claims.sid)) !== claims.userId) throw sessionEnded();
      request.actor = { ...request.actor, userId: claims.userId, email: claims.email, role: claims.role, sessionId: claims.sid };
      if (!permissionsByRole[claims.role].includes(permission)) throw new AppError('AUTH_PERMISSION_DENIED', 'You do not have permission to do this');
    };

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(API_PREFIX)) return;
    const access = route.config?.access;
    const methods = [route.method].flat();
    if (!access) throw new Error(`${methods.join(',')} ${route.url} does not declare who may call it (config.access)`);
    for (const method of methods) if (method !== 'HEAD') table.push({ method, url: route.url, access });
    // The first thing once the request's onRequest hooks (the IP block, the rate limits) have
    // counted it, and before its body is read.
    if (access !== 'public') route.preParsing = [requires(access), ...[route.preParsing ?? []].flat()];
  });

  // One place records every refusal, whether the route or a service's ownership check made it.
  app.addHook('onError', async (request, _reply, error) => {
    if (error instanceof AppError && error.code === 'AUTH_PERMISSION_DENIED') await options.onDenied(request);
  });
}

const visitorOf = (request: FastifyRequest): Visitor => ({
  userId: null,
  ip: clientAddress(request),
  userAgent: (request.headers['user-agent'] ?? '').slice(0, RECORDED_TEXT_MAX),
  requestId: request.id,
});

/** The signed-in caller of a route that requires a permission. */
export function signedIn(request: FastifyRequest): Actor {
  const { actor } = request;
  if (actor.userId === null) throw new AppError('AUTH_TOKEN_REQUIRED', 'Sign in to continue');
  return actor;
}

/** The caller of a public route, as a visitor: whoever signs up, signs in or follows an email link. */
export function visitor(request: FastifyRequest): Visitor {
  const { ip, userAgent, requestId } = request.actor;
  return { userId: null, ip, userAgent, requestId };
}
