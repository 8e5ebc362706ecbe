import type { FastifyInstance } from 'fastify';
import ipaddr from 'ipaddr.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contracts/common.js';
import type { Database } from '../../db/client.js';
import { notFound } from '../../lib/app-error.js';
import { escapeHtml } from '../../lib/html.js';
import { findMail, listRecentMail, type OutboxRow } from './mail.repository.js';

/** Mail sent through SMTP before this mailbox was on: its body was dropped once it was sent. */
const DROPPED = 'The body of this email was dropped once it was sent.';

/** The names a browser on the developer's machine opens the mailbox by. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
/** The Host header's name without its port, from the header itself: no forwarded value stands in for it. */
const hostnameOf = (host: string): string => (host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':', 1)[0] ?? ''));

const isLoopback = (address: string | undefined): boolean =>
  address !== undefined && ipaddr.isValid(address) && ipaddr.process(address).range() === 'loopback';

const linkify = (text: string): string =>
  escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

const page = (title: string, body: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/dev/mailbox.css"></head>
<body><main>${body}</main></body></html>`;

const STYLE = `body{margin:0;font-family:system-ui,sans-serif;background:#f3f4f6;color:#111827}
main{max-width:880px;margin:0 auto;padding:24px 16px}h1{font-size:1.5rem}
table{width:100%;border-collapse:collapse;background:#fff;border-radius:8px;overflow:hidden}
th,td{text-align:left;padding:10px 12px;border-bottom:1px solid #e5e7eb;font-size:.95rem;vertical-align:top;overflow-wrap:anywhere}
th{background:#f9fafb;font-weight:600}a{color:#4338ca}.status{font-size:.8rem;padding:2px 8px;border-radius:999px;background:#e5e7eb}
.status-sent{background:#d1fae5}.status-failed{background:#fee2e2}pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;padding:16px;border-radius:8px}
iframe{width:100%;height:560px;border:1px solid #e5e7eb;border-radius:8px;background:#fff}.meta{color:#4b5563}
@media (max-width:640px){thead{display:none}tr{display:block;border-bottom:1px solid #e5e7eb;padding:8px 0}
td{display:block;border:0;padding:2px 12px}td::before{content:attr(data-label) ": ";color:#4b5563;font-size:.85rem}}`;

/**
 * The email's HTML as the preview frame shows it: its links open in the top window, as a mail
 * client opens them in a browser, not inside the sandboxed frame (where the shop cannot run).
 */
const inTopWindow = (html: string): string => html.replace(/<head>/i, '<head><base target="_top">');

/** Development only, and only without SMTP_URL: every email the shop sent, with working links. */
export async function mailboxRoutes(app: FastifyInstance, options: { db: Database }): Promise<void> {
  const { db } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // Its emails hold live links: only the developer's own browser may read them, whatever HOST opens
  // the shop to. The socket's address, never a forwarded one, which a client can write; a request
  // through a proxy on this machine, or a page of another site whose name was pointed at 127.0.0.1
  // (DNS rebinding), is refused by its headers.
  app.addHook('onRequest', async (request) => {
    const { headers } = request;
    const direct = headers['x-forwarded-for'] === undefined && headers['x-forwarded-host'] === undefined && headers.forwarded === undefined;
    if (!direct || !isLoopback(request.socket.remoteAddress) || !LOOPBACK_NAMES.has(hostnameOf(headers.host ?? ''))) throw notFound('Page');
  });

  routes.get('/dev/mailbox.css', { schema: { hide: true } }, (_req, reply) => reply.type('text/css').send(STYLE));

  routes.get('/dev/mailbox', { schema: { hide: true } }, async (_req, reply) => {
    const mails = await listRecentMail(db, 200);
    const rows = mails
      .map(
        (m: OutboxRow) => `<tr><td data-label="Sent">${escapeHtml(m.createdAt.toISOString().replace('T', ' ').slice(0, 19))}</td>
<td data-label="To">${escapeHtml(m.recipient)}</td><td data-label="Subject"><a href="/dev/mailbox/${m.id}">${escapeHtml(m.subject)}</a></td>
<td data-label="Status"><span class="status status-${m.status}">${m.status}</span></td></tr>`,
      )
      .join('\n');
    const body = mails.length
      ? `<table><thead><tr><th>Sent (UTC)</th><th>To</th><th>Subject</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`
      : '<p>No email has been sent yet. Register an account and the verification email shows up here.</p>';
    return reply.type('text/html; charset=utf-8').send(page('Mailbox', `<h1>Development mailbox</h1>
<p class="meta">Without SMTP_URL, shoppingMall keeps its emails here instead of sending them. Newest first.</p>${body}`));
  });

  routes.get('/dev/mailbox/:id', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const mail = await findMail(db, request.params.id);
    if (!mail) throw notFound('Email');
    return reply.type('text/html; charset=utf-8').send(page(mail.subject, `<p><a href="/dev/mailbox">← All emails</a></p>
<h1>${escapeHtml(mail.subject)}</h1><p class="meta">To ${escapeHtml(mail.recipient)} · ${mail.createdAt.toISOString()}</p>
<h2>HTML part</h2><iframe title="HTML part of the email" src="/dev/mailbox/${mail.id}/html" sandbox="allow-popups allow-top-navigation-by-user-activation"></iframe>
<h2>Text part</h2><pre>${linkify(mail.text ?? DROPPED)}</pre>`));
  });

  routes.get('/dev/mailbox/:id/html', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const mail = await findMail(db, request.params.id);
    if (!mail) throw notFound('Email');
    // Email HTML carries inline styles (mail clients drop stylesheets), so it gets a CSP of its own.
    return reply
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'")
      .type('text/html; charset=utf-8')
      .send(inTopWindow(mail.html ?? `<!doctype html><html><head></head><body><p>${DROPPED}</p></body></html>`));
  });
}
