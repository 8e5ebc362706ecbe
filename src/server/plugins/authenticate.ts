import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { AppError } from '../lib/app-error.js';
import type { SessionGuard } from '../modules/auth/session-guard.js';
import type { AccessClaims, TokenService } from '../modules/auth/tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified access token of a signed-in request; set by `requires`. */
    auth: AccessClaims | null;
  }
}

export type Authenticator = {
  /** A preHandler: a valid access token of a live session that carries `permission`. */
  requires(permission: string): preHandlerAsyncHookHandler;
};

/**
 * Bearer tokens only: browsers never attach them on their own, so these routes need no CSRF
 * defence. The token's session is checked on every request (through the session guard's short
 * cache), so a revoked session stops working within seconds although its JWT has not expired.
 */
export function createAuthenticator(options: {
  tokens: TokenService;
  guard: SessionGuard;
  onDenied: (request: FastifyRequest, permission: string) => Promise<void>;
}): Authenticator {
  const { tokens, guard, onDenied } = options;
  return {
    requires(permission) {
      return async (request: FastifyRequest, _reply: FastifyReply) => {
        const header = request.headers.authorization;
        if (!header) throw new AppError('AUTH_TOKEN_REQUIRED', 'Sign in to continue');
        const [scheme, token] = header.split(' ');
        if (scheme?.toLowerCase() !== 'bearer' || !token) throw new AppError('AUTH_INVALID_TOKEN', 'The token is not valid');
        const claims = tokens.verifyAccess(token);
        if (!(await guard.isActive(claims.sid))) throw new AppError('AUTH_INVALID_TOKEN', 'The session has ended; sign in again');
        request.auth = claims;
        if (!claims.permissions.includes(permission)) {
          await onDenied(request, permission);
          throw new AppError('AUTH_PERMISSION_DENIED', 'You do not have permission to do this');
        }
      };
    },
  };
}

/** The signed-in caller of a route guarded by `requires`. */
export function caller(request: FastifyRequest): AccessClaims {
  if (!request.auth) throw new AppError('AUTH_TOKEN_REQUIRED', 'Sign in to continue');
  return request.auth;
}
