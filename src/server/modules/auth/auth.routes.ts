import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  emailBody,
  loginBody,
  loginResult,
  messageResult,
  refreshBody,
  refreshResult,
  registerBody,
  resetPasswordBody,
  tokenBody,
  userResult,
} from '../../../contracts/auth.js';
import { ok } from '../../../contracts/common.js';
import { AppError } from '../../lib/app-error.js';
import { signedIn, visitor } from '../../plugins/authorize.js';
import { perMinute } from '../../plugins/rate-limit.js';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS } from './device-cookies.js';
import type { LockoutService } from './lockout.service.js';
import type { PasswordService } from './passwords.service.js';
import type { RegistrationService } from './registration.service.js';
import type { SessionService } from './sessions.service.js';
import type { SignInService } from './sign-in.service.js';

export const REFRESH_COOKIE = 'refresh_token';
const COOKIE_PATH = '/api/v1/auth';

const accepted = { success: true as const, data: { message: 'If the address has an account, we have sent an email.' } };
const noContent = { 204: z.undefined() };

/** Signing up, in and out, under /auth: the routes whose callers mostly have no token yet. */
export async function authRoutes(
  app: FastifyInstance,
  options: { publicUrl: string; registration: RegistrationService; signIn: SignInService; sessions: SessionService; passwords: PasswordService; lockout: LockoutService },
): Promise<void> {
  const { registration, signIn, sessions, passwords, lockout } = options;
  const https = options.publicUrl.startsWith('https:');
  const shopOrigin = new URL(options.publicUrl).origin;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  await app.register(cookie);

  const authCookie = { httpOnly: true, sameSite: 'strict', secure: https, path: COOKIE_PATH } as const;
  const setRefreshCookie = (reply: FastifyReply, token: string, expiresAt: Date) => reply.setCookie(REFRESH_COOKIE, token, { ...authCookie, expires: expiresAt });
  // Kept through sign-out: it is what tells this browser apart from a stranger's at the next sign-in.
  const setDeviceCookie = (reply: FastifyReply, value: string) => reply.setCookie(DEVICE_COOKIE, value, { ...authCookie, maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS });
  // Cleared with the attributes it was set with, as browsers expect of a Secure, SameSite cookie.
  const clearRefreshCookie = (reply: FastifyReply) => reply.clearCookie(REFRESH_COOKIE, authCookie);

  // As a browser writes it: no default port. A Host that is no host names no origin of ours.
  const ownOrigin = (request: FastifyRequest): string | undefined => {
    try {
      return new URL(`${request.protocol}://${request.host}`).origin;
    } catch {
      return undefined;
    }
  };

  /**
   * The cookie routes refuse a cross-site browser request, deciding as browsers do: by
   * Sec-Fetch-Site where the browser sends it, else by Origin against the request's own origin (as
   * the trusted proxies tell it) or PUBLIC_URL's, so the shop also works at 127.0.0.1 or a LAN
   * address. A client that sends neither is not a browser, and no page can make it send a cookie.
   */
  const sameOriginOnly = async (request: FastifyRequest) => {
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const sameOrigin =
      site !== undefined ? site === 'same-origin' || site === 'none' : origin === undefined || origin === shopOrigin || (origin !== 'null' && origin === ownOrigin(request));
    if (!sameOrigin) throw new AppError('AUTH_PERMISSION_DENIED', 'Cross-site requests are not allowed here');
  };

  routes.post(
    '/register',
    { config: { ...perMinute(5), access: 'public' }, schema: { tags: ['auth'], summary: 'Create an account (unverified until the emailed link is opened)', body: registerBody, response: { 201: ok(userResult) } } },
    async (request, reply) => reply.code(201).send({ success: true, data: { user: await registration.register(visitor(request), request.body) } }),
  );

  routes.post(
    '/verify-email',
    { config: { ...perMinute(30), access: 'public' }, schema: { tags: ['auth'], summary: 'Confirm an email address with the emailed token', body: tokenBody, response: { 200: ok(userResult) } } },
    async (request) => ({ success: true as const, data: { user: await registration.verifyEmail(visitor(request), request.body.token) } }),
  );

  routes.post(
    '/resend-verification',
    { config: { ...perMinute(5), access: 'public' }, schema: { tags: ['auth'], summary: 'Send the verification email again (at most every 5 minutes)', body: emailBody, response: { 202: ok(messageResult) } } },
    async (request, reply) => {
      await registration.resendVerification(visitor(request), request.body.email);
      return reply.code(202).send(accepted);
    },
  );

  routes.post(
    '/login',
    { config: { ...perMinute(10), access: 'public' }, schema: { tags: ['auth'], summary: 'Sign in; sets the refresh cookie, and the device cookie that keeps this browser out of locks caused elsewhere', body: loginBody, response: { 200: ok(loginResult) } } },
    async (request, reply) => {
      const { refreshExpiresAt, deviceCookie, ...result } = await signIn.login(visitor(request), request.body.email, request.body.password, request.cookies[DEVICE_COOKIE]);
      setRefreshCookie(reply, result.refreshToken, refreshExpiresAt);
      if (deviceCookie) setDeviceCookie(reply, deviceCookie);
      return { success: true as const, data: result };
    },
  );

  routes.post(
    '/refresh',
    {
      config: { ...perMinute(60), access: 'public' },
      preHandler: sameOriginOnly,
      schema: { tags: ['auth'], summary: 'A new access token from the refresh cookie or body (sets the device cookie when the browser has none for the account)', body: refreshBody, response: { 200: ok(refreshResult) } },
    },
    async (request, reply) => {
      const token = request.body?.refreshToken ?? request.cookies[REFRESH_COOKIE];
      if (!token) throw new AppError('AUTH_TOKEN_REQUIRED', 'No refresh token was sent');
      const { refreshExpiresAt, deviceCookie, ...result } = await signIn.refresh(visitor(request), token, request.cookies[DEVICE_COOKIE]);
      if (result.refreshToken && refreshExpiresAt) setRefreshCookie(reply, result.refreshToken, refreshExpiresAt);
      if (deviceCookie) setDeviceCookie(reply, deviceCookie);
      return { success: true as const, data: result };
    },
  );

  routes.post(
    '/logout',
    {
      config: { ...perMinute(30), access: 'sessions:manage' },
      preHandler: sameOriginOnly,
      schema: { tags: ['auth'], summary: 'Sign out this session', security: [{ bearer: [] }], response: noContent },
    },
    async (request, reply) => {
      await sessions.logout(signedIn(request), false);
      return clearRefreshCookie(reply).code(204).send();
    },
  );

  routes.post(
    '/logout-all',
    {
      config: { ...perMinute(30), access: 'sessions:manage' },
      preHandler: sameOriginOnly,
      schema: { tags: ['auth'], summary: 'Sign out every session of the account', security: [{ bearer: [] }], response: noContent },
    },
    async (request, reply) => {
      await sessions.logout(signedIn(request), true);
      return clearRefreshCookie(reply).code(204).send();
    },
  );

  routes.post(
    '/forgot-password',
    { config: { ...perMinute(5), access: 'public' }, schema: { tags: ['auth'], summary: 'Email a password reset link (at most 3 an hour)', body: emailBody, response: { 202: ok(messageResult) } } },
    async (request, reply) => {
      await passwords.forgot(visitor(request), request.body.email);
      return reply.code(202).send(accepted);
    },
  );

  routes.post(
    '/reset-password',
    { config: { ...perMinute(30), access: 'public' }, schema: { tags: ['auth'], summary: 'Set a new password with the emailed token; signs out everywhere', body: resetPasswordBody, response: { 200: ok(messageResult) } } },
    async (request) => {
      await passwords.reset(visitor(request), request.body.token, request.body.password);
      return { success: true as const, data: { message: 'Your password was changed and every device was signed out.' } };
    },
  );

  routes.post(
    '/unlock',
    { config: { ...perMinute(30), access: 'public' }, schema: { tags: ['auth'], summary: 'Unlock a locked account with the emailed token', body: tokenBody, response: { 200: ok(messageResult) } } },
    async (request) => {
      await lockout.unlock(visitor(request), request.body.token);
      return { success: true as const, data: { message: 'Your account is unlocked.' } };
    },
  );
}
