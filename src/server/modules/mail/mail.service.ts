import type { Context } from '../../context.js';
import type { SettingsService } from '../settings/settings.service.js';
import { insertMail } from './mail.repository.js';
import { renderEmail, type EmailParts } from './mail.templates.js';

/** An email as a module's messages file writes it: its parts, worded with the store's name. */
export type Message = (storeName: string) => EmailParts;

export type Mailer = {
  /**
   * Writes the email to the outbox inside the use case's transaction; the worker sends it after
   * commit. The message is worded with the store's name as it stands in that very transaction.
   */
  queue(ctx: Context, to: string, message: Message): Promise<void>;
  /** A link into the web app, always built from PUBLIC_URL, never from the request's Host header. */
  link(pathname: string, query?: Record<string, string>): string;
};

export function createMailer(options: { publicUrl: string; settings: SettingsService }): Mailer {
  return {
    async queue(ctx, to, message) {
      const storeName = await options.settings.storeName(ctx);
      const { subject, text, html } = renderEmail(storeName, message(storeName));
      await insertMail(ctx.tx, { recipient: to, subject, text, html }, ctx.now);
    },
    link(pathname, query = {}) {
      // Relative to PUBLIC_URL, so a shop served under a path keeps it.
      const url = new URL(pathname.replace(/^\//, ''), `${options.publicUrl}/`);
      for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
      return url.toString();
    },
  };
}
