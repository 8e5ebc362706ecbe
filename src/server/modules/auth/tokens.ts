import { createDecoder, createSigner, createVerifier } from 'fast-jwt';
import type { JwtKey } from '../../config.js';
import { AppError } from '../../lib/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { permissionsByRole, type Role } from './permissions.js';

export const ACCESS_TTL_SECONDS = 30 * 60;
export const REFRESH_TTL_SECONDS = 30 * 24 * 60 * 60;

export type AccessClaims = {
  userId: string;
  email: string;
  role: Role;
  permissions: string[];
  sid: string;
  type: 'access';
  iat: number;
  exp: number;
};
export type RefreshClaims = { userId: string; tokenId: string; type: 'refresh'; iat: number; exp: number };

/** A refresh token and when it expires. */
export type SignedRefresh = { token: string; expiresAt: Date };

export type TokenService = {
  /** The `permissions` claim is the role's, for clients; the server reads the matrix itself on every request. */
  signAccess(claims: Omit<AccessClaims, 'type' | 'iat' | 'exp' | 'permissions'>): string;
  signRefresh(claims: Omit<RefreshClaims, 'type' | 'iat' | 'exp'>): SignedRefresh;
  verifyAccess(token: string): AccessClaims;
  verifyRefresh(token: string): RefreshClaims;
};

/** Enough for the access tokens of several thousand active clients; older entries go first. */
const VERIFIED_TOKENS_KEPT = 10_000;

const invalid = () => new AppError('AUTH_INVALID_TOKEN', 'The token is not valid');

/**
 * HS256 only (an allow-list: `alg: none` and algorithm confusion are refused), a `kid` in every
 * header, several keys for rotation: the first signs, all verify. Expiry is checked against our
 * clock, not the library's, so that tests can move time.
 */
export function createTokenService(keys: JwtKey[], clock: Clock): TokenService {
  const [signingKey] = keys;
  if (!signingKey) throw new Error('at least one JWT key is required');
  // iat and exp come in the payload, from our clock; the library keeps a given iat as it is.
  const signer = createSigner({ key: signingKey.secret, algorithm: 'HS256', kid: signingKey.kid });
  const verifiers = new Map(
    keys.map((k) => [k.kid, createVerifier({ key: k.secret, algorithms: ['HS256'], cache: false, ignoreExpiration: true, complete: false })]),
  );
  const decodeHeader = createDecoder({ complete: true });
  // The exact text of access tokens already verified, so that a client's next requests skip the
  // HMAC (15 µs of the event loop each); expiry is still checked on every use.
  const verifiedAccess = new Map<string, AccessClaims>();
  const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);

  const verify = (token: string, type: 'access' | 'refresh'): Record<string, unknown> => {
    let payload: Record<string, unknown>;
    try {
      const { header } = decodeHeader(token) as { header: { kid?: unknown } };
      const verifier = typeof header.kid === 'string' ? verifiers.get(header.kid) : undefined;
      if (!verifier) throw invalid();
      payload = verifier(token) as Record<string, unknown>;
    } catch {
      throw invalid();
    }
    if (payload.type !== type || typeof payload.exp !== 'number') throw invalid();
    if (payload.exp <= nowSeconds()) throw new AppError('AUTH_TOKEN_EXPIRED', 'The token has expired');
    return payload;
  };

  return {
    signAccess(claims) {
      const iat = nowSeconds();
      return signer({ ...claims, permissions: permissionsByRole[claims.role], type: 'access', iat, exp: iat + ACCESS_TTL_SECONDS });
    },
    signRefresh(claims) {
      const iat = nowSeconds();
      const exp = iat + REFRESH_TTL_SECONDS;
      return { token: signer({ ...claims, type: 'refresh', iat, exp }), expiresAt: new Date(exp * 1000) };
    },
    verifyAccess(token) {
      const known = verifiedAccess.get(token);
      if (known) {
        if (known.exp <= nowSeconds()) throw new AppError('AUTH_TOKEN_EXPIRED', 'The token has expired');
        return known;
      }
      const p = verify(token, 'access');
      // A role the matrix does not know (one a release removed) is refused, not a 500 later on.
      if (typeof p.userId !== 'string' || typeof p.email !== 'string' || typeof p.sid !== 'string' || !Array.isArray(p.permissions) || !Object.hasOwn(permissionsByRole, String(p.role))) {
        throw invalid();
      }
      if (verifiedAccess.size >= VERIFIED_TOKENS_KEPT) verifiedAccess.delete(verifiedAccess.keys().next().value as string);
      verifiedAccess.set(token, p as AccessClaims);
      return p as AccessClaims;
    },
    verifyRefresh(token) {
      const p = verify(token, 'refresh');
      if (typeof p.userId !== 'string' || typeof p.tokenId !== 'string') throw invalid();
      return p as RefreshClaims;
    },
  };
}
