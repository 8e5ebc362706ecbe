import type { Executor } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { readSettings } from '../settings/settings.repository.js';
import { insertMail } from './mail.repository.js';
import { renderEmail, type EmailParts } from './mail.templates.js';

export type Mailer = {
  /**
   * Writes the email to the outbox inside the caller's transaction; the worker sends it after
   * commit. `compose` gets the store's name, as an admin set it, for the subject and the text.
   */
  queue(db: Executor, to: string, compose: (storeName: string) => EmailParts): Promise<void>;
  /** A link into the web app, always built from PUBLIC_URL, never from the request's Host header. */
  link(pathname: string, query?: Record<string, string>): string;
};

export function createMailer(options: { publicUrl: string; clock: Clock }): Mailer {
  return {
    async queue(db, to, compose) {
      // Named and signed with the store's name as it stands in this very transaction.
      const { storeName } = await readSettings(db);
      const { subject, text, html } = renderEmail(storeName, compose(storeName));
      await insertMail(db, { recipient: to, subject, text, html }, options.clock.now());
    },
    link(pathname, query = {}) {
      // Relative to PUBLIC_URL, so a shop served under a path keeps it.
      const url = new URL(pathname.replace(/^\//, ''), `${options.publicUrl}/`);
      for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
      return url.toString();
    },
  };
}
