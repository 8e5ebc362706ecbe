import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_PUBLIC_URL } from '../../../../test/app.js';
import { createTestDatabase } from '../../../../test/database.js';
import { startSmtpReceiver, type SmtpReceiver } from '../../../../test/smtp.js';
import type { Database } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import type { Clock } from '../../lib/clock.js';
import { systemVisitor, type UnitOfWork } from '../../context.js';
import type { Mailer } from './mail.service.js';
import { mailOutbox } from './mail.tables.js';
import { devMailboxTransport, MAIL_RETENTION_MS, MAX_ATTEMPTS, retryDelayMs, smtpTransport, startMailWorker, type MailWorker } from './mail.worker.js';

let db: Database;
let smtp: SmtpReceiver;
let mailer: Mailer;
let run: UnitOfWork;
const visitor = systemVisitor('mail-test');
const clock = { time: new Date('2026-11-21T10:00:00Z'), now() { return new Date(this.time); } } satisfies Clock & { time: Date };
const advance = (ms: number) => (clock.time = new Date(clock.time.getTime() + ms));

const workers: MailWorker[] = [];
const worker = (url = smtp.url): MailWorker => {
  // Driven by runOnce() alone: the poll interval never fires during a test.
  const w = startMailWorker({ db, transport: smtpTransport(url, 'shop <shop@example.com>'), clock, log: { error() {}, warn() {} }, pollIntervalMs: 3_600_000 });
  workers.push(w);
  return w;
};

const welcome = (to: string) =>
  run(visitor, (ctx) =>
    mailer.queue(ctx, to, () => ({
      subject: `Welcome ${to}`,
      heading: 'Welcome <friend>',
      paragraphs: ['Glad you are here.'],
      action: { label: 'Verify your email', url: mailer.link('/verify-email', { token: 'abc 123' }) },
    })),
  );

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  smtp = await startSmtpReceiver();
  ({ mailer, run } = (await buildTestApp(db, {}, { clock })).services);
});
beforeEach(async () => {
  await db.delete(mailOutbox);
  smtp.messages.length = 0;
  smtp.accept();
});
afterAll(() => Promise.all(workers.map((w) => w.stop())));

describe('mail outbox and worker', () => {
  it('delivers a queued email over SMTP with a text and an HTML part linking to PUBLIC_URL', async () => {
    await welcome('ada@example.com');
    expect(await worker().runOnce()).toBe(1);

    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail?.subject).toBe('Welcome ada@example.com');
    expect(mail?.from?.text).toContain('shop@example.com');
    expect(mail?.text).toContain(`${TEST_PUBLIC_URL}/verify-email?token=abc+123`);
    expect(mail?.html).toContain(`href="${TEST_PUBLIC_URL}/verify-email?token=abc+123"`);
    // Content is escaped in the HTML part, never interpreted.
    expect(mail?.html).toContain('Welcome &lt;friend&gt;');
    const [row] = await db.select().from(mailOutbox);
    // Sent: the metadata stays for support questions, the body with its live link is gone.
    expect(row).toMatchObject({ status: 'sent', attempts: 1, sentAt: clock.now(), recipient: 'ada@example.com', subject: 'Welcome ada@example.com', text: null, html: null });
  });

  it('sends nothing for a transaction that rolled back', async () => {
    await run(visitor, async (ctx) => {
      await mailer.queue(ctx, 'ghost@example.com', () => ({ subject: 'Never', heading: 'Never', paragraphs: [] }));
      throw new Error('the change failed');
    }).catch(() => undefined);
    expect(await worker().runOnce()).toBe(0);
    expect(smtp.messages).toHaveLength(0);
  });

  it('keeps an email the server refused and retries it with backoff until it goes through', async () => {
    smtp.reject();
    await welcome('bob@example.com');
    const w = worker();
    expect(await w.runOnce()).toBe(0);
    const [failed] = await db.select().from(mailOutbox);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('451') });
    expect(failed?.nextAttemptAt.getTime()).toBe(clock.now().getTime() + retryDelayMs(1));

    smtp.accept();
    expect(await w.runOnce()).toBe(0); // not due yet
    advance(retryDelayMs(1));
    expect(await w.runOnce()).toBe(1);
    expect(smtp.messages.map((m) => m.subject)).toEqual(['Welcome bob@example.com']);
  });

  it('retries when no SMTP server answers at all', async () => {
    await welcome('carol@example.com');
    expect(await worker('smtp://127.0.0.1:1').runOnce()).toBe(0);
    const [row] = await db.select().from(mailOutbox);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts and marks the email failed`, async () => {
    smtp.reject();
    await welcome('dan@example.com');
    const w = worker();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await w.runOnce();
      advance(retryDelayMs(attempt));
    }
    const [row] = await db.select().from(mailOutbox);
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, text: null, html: null });
    smtp.accept();
    expect(await w.runOnce()).toBe(0);
  });

  it('backs off exponentially up to an hour', () => {
    expect([1, 2, 3].map(retryDelayMs)).toEqual([10_000, 20_000, 40_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });

  it('delivers each email once when several workers run at the same time', async () => {
    for (let i = 0; i < 25; i++) await welcome(`user${i}@example.com`);
    const delivered = await Promise.all([worker().runOnce(), worker().runOnce(), worker().runOnce()]);
    expect(delivered.reduce((a, b) => a + b, 0)).toBe(25);
    expect(new Set(smtp.messages.map((m) => m.subject)).size).toBe(25);
    expect(smtp.messages).toHaveLength(25);
  });
});

describe('development mailbox', () => {
  it('keeps the bodies of what it has sent: the outbox is the mailbox there', async () => {
    await welcome('dev@example.com');
    const w = startMailWorker({ db, transport: devMailboxTransport, clock, log: { error() {}, warn() {} }, pollIntervalMs: 3_600_000 });
    await w.runOnce();
    await w.stop();
    const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.recipient, 'dev@example.com'));
    expect(row).toMatchObject({ status: 'sent', text: expect.stringContaining('/verify-email?token=') });
  });

  it('answers loopback clients only: its emails hold live links', async () => {
    const app = await buildTestApp(db, { NODE_ENV: 'development', TRUST_PROXY: '1' });
    await welcome('lan@example.com');
    const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.recipient, 'lan@example.com'));
    for (const url of ['/dev/mailbox', `/dev/mailbox/${row?.id}`, `/dev/mailbox/${row?.id}/html`]) {
      expect((await app.inject({ url, remoteAddress: '192.168.1.30' })).statusCode).toBe(404);
      // A forwarded loopback address is what a client writes, not where it is.
      expect((await app.inject({ url, remoteAddress: '192.168.1.30', headers: { 'x-forwarded-for': '127.0.0.1' } })).statusCode).toBe(404);
      // DNS rebinding: another site's name pointed at 127.0.0.1.
      expect((await app.inject({ url, remoteAddress: '127.0.0.1', headers: { host: 'attacker.example:3000' } })).statusCode).toBe(404);
      // A rebinding page may add headers of its own.
      expect((await app.inject({ url, remoteAddress: '127.0.0.1', headers: { host: 'attacker.example:3000', 'x-forwarded-host': 'localhost' } })).statusCode).toBe(404);
      // A proxy on this machine makes every client look like loopback.
      expect((await app.inject({ url, remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.5' } })).statusCode).toBe(404);
      expect((await app.inject({ url, remoteAddress: '::1', headers: { host: '[::1]:3000' } })).statusCode).toBe(200);
      expect((await app.inject({ url, remoteAddress: '::ffff:127.0.0.1', headers: { host: '127.0.0.1:3000' } })).statusCode).toBe(200);
      expect((await app.inject({ url, remoteAddress: '127.0.0.1' })).statusCode).toBe(200);
    }
  });

  it('refuses a pending mail without a body: a check constraint', async () => {
    await expect(db.insert(mailOutbox).values({ id: newId(), recipient: 'x@example.com', subject: 'x', text: null, html: null })).rejects.toThrow();
  });

  it('lists sent emails and shows each with working links', async () => {
    const app = await buildTestApp(db, { NODE_ENV: 'development' });
    await welcome('eve@example.com');
    const list = await app.inject('/dev/mailbox');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Welcome eve@example.com');

    const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.recipient, 'eve@example.com'));
    const page = await app.inject(`/dev/mailbox/${row?.id}`);
    expect(page.body).toContain(`<a href="${TEST_PUBLIC_URL}/verify-email?token=abc+123">`);
    const html = await app.inject(`/dev/mailbox/${row?.id}/html`);
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
    expect(html.body).toContain('Verify your email');
    // Its links open the shop in the top window: inside the sandboxed frame the shop could not run.
    expect(html.body).toMatch(/<head><base target="_top">/);
  });

  it('does not exist in production or when SMTP is configured, and GET /store says so to the pages', async () => {
    const devMailboxOf = async (target: FastifyInstance) => (await target.inject('/api/v1/store')).json().data.devMailbox;
    expect(await devMailboxOf(await buildTestApp(db, { NODE_ENV: 'development' }))).toBe(true);
    const withSmtp = await buildTestApp(db, { NODE_ENV: 'development', SMTP_URL: smtp.url });
    expect((await withSmtp.inject('/dev/mailbox')).statusCode).toBe(404);
    expect(await devMailboxOf(withSmtp)).toBe(false);
    const production = await buildTestApp(db, {
      NODE_ENV: 'production',
      SMTP_URL: smtp.url,
      JWT_SECRETS: `k1:${'s'.repeat(32)}`,
    });
    expect((await production.inject('/dev/mailbox')).statusCode).toBe(404);
    expect(await devMailboxOf(production)).toBe(false);
  });
});

describe('mail retention', () => {
  it('deletes delivered and abandoned emails 30 days after they were written, keeps newer and pending ones', async () => {
    await welcome('old@example.com');
    await worker().runOnce();
    await welcome('stuck@example.com');
    await db.update(mailOutbox).set({ status: 'failed' }).where(eq(mailOutbox.recipient, 'stuck@example.com'));
    advance(MAIL_RETENTION_MS - 60_000);
    await welcome('recent@example.com');
    await worker().runOnce();
    await welcome('waiting@example.com');
    await db.update(mailOutbox).set({ nextAttemptAt: new Date(clock.time.getTime() + 3_600_000 * 48) }).where(eq(mailOutbox.recipient, 'waiting@example.com'));
    // Just before the 30 days the old ones are kept; just after, they are gone.
    expect((await db.select().from(mailOutbox)).map((m) => m.recipient).sort()).toEqual(['old@example.com', 'recent@example.com', 'stuck@example.com', 'waiting@example.com']);
    advance(2 * 60_000);
    await worker().runOnce();
    expect((await db.select().from(mailOutbox)).map((m) => m.recipient).sort()).toEqual(['recent@example.com', 'waiting@example.com']);
  });
});
