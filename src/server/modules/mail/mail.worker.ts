import nodemailer from 'nodemailer';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { claimDueMail, markFailedAttempt, markSent, purgeFinishedMail, type PendingMail } from './mail.repository.js';

export type OutgoingMail = { to: string; subject: string; text: string; html: string };
export type MailTransport = {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
  /** The dev mailbox shows the outbox rows themselves, so it alone keeps their bodies after sending. */
  keepsBodies?: boolean;
};

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl, { from });
  return {
    async send(mail) {
      await transporter.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    },
    close: () => transporter.close(),
  };
}

/** Development without SMTP: the outbox row itself is the message, shown at /dev/mailbox. */
export const devMailboxTransport: MailTransport = { send: async () => undefined, close: () => undefined, keepsBodies: true };

export const MAX_ATTEMPTS = 10;
const LEASE_MS = 60_000;
/**
 * Emails hold personal data (names, sign-in places): once delivered or given up, their metadata
 * (recipient, subject, status) is kept 30 days for support questions, then deleted; their bodies,
 * which hold live links, go at once. The purge runs at most once an hour.
 */
export const MAIL_RETENTION_MS = 30 * 24 * 3_600_000;
const PURGE_EVERY_MS = 3_600_000;

/** 10 s, 20 s, 40 s … capped at an hour: a short SMTP outage costs seconds, a long one hours. */
export const retryDelayMs = (attempts: number): number => Math.min(10_000 * 2 ** (attempts - 1), 3_600_000);

export type MailWorker = {
  /** Sends whatever is due now; returns how many messages were delivered. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
};

type Log = { error(obj: object, msg: string): void; warn(obj: object, msg: string): void };

export function startMailWorker(options: {
  db: Database;
  transport: MailTransport;
  clock: Clock;
  log: Log;
  pollIntervalMs?: number;
}): MailWorker {
  const { db, transport, clock, log } = options;
  let running: Promise<number> | undefined;
  let stopped = false;

  const keepBodies = transport.keepsBodies === true;
  const deliver = async (mail: PendingMail): Promise<boolean> => {
    try {
      await transport.send({ to: mail.recipient, subject: mail.subject, text: mail.text, html: mail.html });
      await markSent(db, mail.id, clock.now(), keepBodies);
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryAt = mail.attempts < MAX_ATTEMPTS ? new Date(clock.now().getTime() + retryDelayMs(mail.attempts)) : null;
      await markFailedAttempt(db, mail.id, message, retryAt, keepBodies);
      log.warn({ mailId: mail.id, attempts: mail.attempts, willRetry: retryAt !== null, err: message }, 'email not delivered');
      return false;
    }
  };

  let purgedAt = -Infinity;
  const purgeOld = async (): Promise<void> => {
    const now = clock.now().getTime();
    if (now - purgedAt < PURGE_EVERY_MS) return;
    purgedAt = now;
    await purgeFinishedMail(db, new Date(now - MAIL_RETENTION_MS));
  };

  const runBatches = async (): Promise<number> => {
    await purgeOld();
    let delivered = 0;
    for (;;) {
      const now = clock.now();
      const batch = await claimDueMail(db, now, new Date(now.getTime() + LEASE_MS), 10);
      if (batch.length === 0) return delivered;
      const results = await Promise.all(batch.map(deliver));
      delivered += results.filter(Boolean).length;
    }
  };

  // One run at a time: a tick that finds the previous run still going waits for it.
  const runOnce = (): Promise<number> => {
    running ??= runBatches().finally(() => (running = undefined));
    return running;
  };

  const timer = setInterval(() => {
    if (!stopped) runOnce().catch((err: unknown) => log.error({ err }, 'mail worker run failed'));
  }, options.pollIntervalMs ?? 1000);

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
      transport.close();
    },
  };
}
