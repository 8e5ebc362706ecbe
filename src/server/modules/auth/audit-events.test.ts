import { eq, or, sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppAndDatabase } from '../../../../test/app.js';
import { activeUser, bearer, login, nextIp, registration, tokenFromEmail, uniqueEmail } from '../../../../test/auth-helpers.js';
import { testClock } from '../../../../test/clock.js';
import type { Database } from '../../db/client.js';
import { auditLog } from '../audit/audit.tables.js';
import { LOCKOUT_MS } from './lockout-policy.js';

/**
 * The requirement: every auth event leaves an audit record with actor, IP, user agent and time.
 * One table, one row per event: each event is performed once through the HTTP API from its own
 * address and user agent, at a known instant of the injected clock, and its record is read back.
 */

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const WRONG = 'Wrong#Guess99';
const RESET_PASSWORD = 'Reset#Pass123';
const CHANGED_PASSWORD = 'Changed#Pass456';
/** The API refuses a second verification email within 5 minutes of the last one. */
const RESEND_INTERVAL_MS = 5 * MINUTE;

// A fixed instant with milliseconds, so a record stamped with the wall clock (or rounded to the
// second) cannot pass for the injected time.
const clock = testClock(Date.UTC(2024, 1, 29, 13, 37, 0, 123));

let app: FastifyInstance;
let db: Database;

beforeAll(async () => {
  ({ app, db } = await testAppAndDatabase({}, { clock }));
});

type AuditRow = typeof auditLog.$inferSelect;

/** Sends the audited request from the case's address and user agent, at a new instant of the clock. */
type Send = (request: InjectOptions, expectedStatus: number) => Promise<LightMyRequestResponse>;

type Expected = {
  /** Whose record to look for: the user's id and email, or just the email nobody owns. */
  subject: { id?: string; email: string };
  actor: { id: string; email: string } | null;
  /** Asserted only when given: what the event acted on. */
  target?: { type: 'user' | 'session'; id: string };
  /** Asserted only when given (a subset of the record's details). */
  details?: Record<string, unknown>;
};

type AuditCase = {
  event: string;
  action: string;
  outcome: 'success' | 'failure';
  /** Sets the event up with plain requests, performs it with `send`, and says what to expect. */
  perform: (send: Send) => Promise<Expected>;
};

type Account = { userId: string; email: string };

/** The usual expectation: the user is both the subject and the actor of the event. */
function byUser(user: Account, rest: Pick<Expected, 'target' | 'details'> = {}): Expected {
  const who = { id: user.userId, email: user.email };
  return { subject: who, actor: who, ...rest };
}
const accountOf = (user: Account) => ({ type: 'user' as const, id: user.userId });
const sessionTarget = (id: string) => ({ type: 'session' as const, id });

/** A registered account still waiting for its email to be confirmed. */
async function unverifiedUser(): Promise<Account> {
  const body = registration();
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body, remoteAddress: nextIp() });
  expect(res.statusCode, res.body).toBe(201);
  return { email: body.email, userId: res.json<{ data: { user: { id: string } } }>().data.user.id };
}

/** Five wrong passwords from a setup address: the account is locked and an unlock link is emailed. */
async function lockedUser() {
  const user = await activeUser(app, db);
  for (let i = 0; i < 5; i++) {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: WRONG }, remoteAddress: nextIp() });
    expect(res.statusCode, res.body).toBe(401);
  }
  return user;
}

/** The user follows the link emailed to them: the token of `/verify-email?token=…` goes to POST /auth/verify-email, and so on. */
function emailedLinkCase(event: string, action: string, link: '/verify-email' | '/unlock', makeUser: () => Promise<Account>): AuditCase {
  return {
    event,
    action,
    outcome: 'success',
    async perform(send) {
      const user = await makeUser();
      const token = await tokenFromEmail(db, user.email, link);
      await send({ method: 'POST', url: `/api/v1/auth${link}`, payload: { token } }, 200);
      return byUser(user, { target: accountOf(user) });
    },
  };
}

/** Signed in on two devices, the user signs out of one (`/logout`) or of both (`/logout-all`). */
function logoutCase(event: string, action: string, path: '/logout' | '/logout-all', sessionsEnded: number): AuditCase {
  return {
    event,
    action,
    outcome: 'success',
    async perform(send) {
      const user = await activeUser(app, db);
      const session = await login(app, user);
      await login(app, user); // the other device
      await send({ method: 'POST', url: `/api/v1/auth${path}`, headers: bearer(session.accessToken) }, 204);
      return byUser(user, { target: sessionTarget(session.session.id), details: { sessions: sessionsEnded } });
    },
  };
}

const cases: AuditCase[] = [
  {
    event: 'registration',
    action: 'auth.register',
    outcome: 'success',
    async perform(send) {
      const body = registration();
      const res = await send({ method: 'POST', url: '/api/v1/auth/register', payload: body }, 201);
      const user = { id: res.json<{ data: { user: { id: string } } }>().data.user.id, email: body.email };
      return { subject: user, actor: user, target: { type: 'user', id: user.id } };
    },
  },
  emailedLinkCase('email verification', 'auth.email.verified', '/verify-email', unverifiedUser),
  {
    event: 'verification email resent',
    action: 'auth.verification.resent',
    outcome: 'success',
    async perform(send) {
      const user = await unverifiedUser();
      // Past the resend interval, or the request is accepted but (rightly) sends and records nothing.
      clock.advance(RESEND_INTERVAL_MS + SECOND);
      await send({ method: 'POST', url: '/api/v1/auth/resend-verification', payload: { email: user.email } }, 202);
      return byUser(user, { target: accountOf(user) });
    },
  },
  {
    event: 'successful sign-in',
    action: 'auth.login.succeeded',
    outcome: 'success',
    async perform(send) {
      const user = await activeUser(app, db);
      const res = await send({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: user.password } }, 200);
      return byUser(user, { target: sessionTarget(res.json<{ data: { session: { id: string } } }>().data.session.id) });
    },
  },
  {
    event: 'sign-in with a wrong password',
    action: 'auth.login.failed',
    outcome: 'failure',
    async perform(send) {
      const user = await activeUser(app, db);
      await send({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: WRONG } }, 401);
      return byUser(user);
    },
  },
  {
    event: 'sign-in with an unknown email',
    action: 'auth.login.failed',
    outcome: 'failure',
    async perform(send) {
      const email = uniqueEmail('nobody');
      await send({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: WRONG } }, 401);
      // Nobody to name as the actor: the address that was tried goes in the details.
      return { subject: { email }, actor: null, details: { email } };
    },
  },
  {
    event: 'lockout on the fifth wrong password',
    action: 'auth.lockout',
    outcome: 'success',
    async perform(send) {
      const user = await activeUser(app, db);
      // Each failure at its own instant: the record must carry the fifth one's time.
      for (let i = 0; i < 5; i++) await send({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: WRONG } }, 401);
      const lockedUntil = new Date(clock.now().getTime() + LOCKOUT_MS).toISOString();
      return byUser(user, { target: accountOf(user), details: { lockedUntil } });
    },
  },
  emailedLinkCase('unlock with the emailed link', 'auth.unlock', '/unlock', lockedUser),
  {
    event: 'token refresh',
    action: 'auth.token.refreshed',
    outcome: 'success',
    async perform(send) {
      const user = await activeUser(app, db);
      const session = await login(app, user);
      await send({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: session.refreshToken } }, 200);
      return byUser(user, { target: sessionTarget(session.session.id) });
    },
  },
  logoutCase('logout', 'auth.logout', '/logout', 1),
  logoutCase('logout everywhere', 'auth.logout.all', '/logout-all', 2),
  {
    event: 'revoking one of my sessions',
    action: 'auth.session.revoked',
    outcome: 'success',
    async perform(send) {
      const user = await activeUser(app, db);
      const current = await login(app, user);
      const other = await login(app, user);
      await send({ method: 'DELETE', url: `/api/v1/me/sessions/${other.session.id}`, headers: bearer(current.accessToken) }, 204);
      return byUser(user, { target: sessionTarget(other.session.id) });
    },
  },
  {
    event: 'password reset requested',
    action: 'auth.password.reset_requested',
    outcome: 'success',
    async perform(send) {
      const user = await activeUser(app, db);
      await send({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email: user.email } }, 202);
      return byUser(user, { target: accountOf(user) });
    },
  },
  {
    event: 'password reset with the emailed link',
    action: 'auth.password.reset',
    outcome: 'success',
    async perform(send) {
      const user = await activeUser(app, db);
      await login(app, user);
      const forgot = await app.inject({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email: user.email }, remoteAddress: nextIp() });
      expect(forgot.statusCode, forgot.body).toBe(202);
      const token = await tokenFromEmail(db, user.email, '/reset-password');
      await send({ method: 'POST', url: '/api/v1/auth/reset-password', payload: { token, password: RESET_PASSWORD } }, 200);
      return byUser(user, { target: accountOf(user), details: { sessionsRevoked: 1 } });
    },
  },
  {
    event: 'password change',
    action: 'auth.password.changed',
    outcome: 'success',
    async perform(send) {
      const user = await activeUser(app, db);
      const session = await login(app, user);
      await login(app, user); // the other device this change signs out
      await send(
        { method: 'POST', url: '/api/v1/me/password', headers: bearer(session.accessToken), payload: { currentPassword: user.password, newPassword: CHANGED_PASSWORD } },
        200,
      );
      return byUser(user, { target: accountOf(user), details: { sessionsRevoked: 1 } });
    },
  },
];

/** Every record about the subject: as actor, by email, or named in the details (an unknown email). */
const recordsAbout = (subject: Expected['subject']): Promise<AuditRow[]> =>
  db
    .select()
    .from(auditLog)
    .where(
      or(
        subject.id ? eq(auditLog.actorId, subject.id) : undefined,
        eq(auditLog.actorEmail, subject.email),
        sql`${auditLog.details}->>'email' = ${subject.email}`,
      ),
    );

describe('audit record of every auth event', () => {
  // Its own documentation-range address and user agent per event, so no record can pass for another's.
  const table = cases.map((c, i) => ({ ...c, ip: `203.0.113.${i + 10}`, userAgent: `AuditEventsTest/${i + 1} (${c.event})` }));

  it.each(table)('records $event as $action with actor, ip, user agent and time', async ({ action, outcome, perform, ip, userAgent }) => {
    let at: Date | undefined;
    const send: Send = async (request, expectedStatus) => {
      // A step the setup never takes, so the record's time is the audited request's own.
      clock.advance(7 * SECOND + 1);
      at = clock.now();
      const res = await app.inject({ ...request, headers: { ...request.headers, 'user-agent': userAgent }, remoteAddress: ip });
      expect(res.statusCode, res.body).toBe(expectedStatus);
      return res;
    };

    const expected = await perform(send);

    const all = await recordsAbout(expected.subject);
    const records = all.filter((r) => r.action === action);
    expect(records, `one ${action} record; recorded: ${all.map((r) => r.action).join(', ') || 'nothing'}`).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action,
      outcome,
      actorId: expected.actor?.id ?? null,
      actorEmail: expected.actor?.email ?? null,
      ip,
      userAgent,
      at,
      ...(expected.target && { targetType: expected.target.type, targetId: expected.target.id }),
      ...(expected.details && { details: expected.details }),
    });
  });
});
