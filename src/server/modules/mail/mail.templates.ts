import { escapeHtml } from '../../lib/html.js';

export type EmailContent = { subject: string; text: string; html: string };

export type EmailParts = {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** A line under the button, e.g. how long the link lives or what to do if it was not you. */
  footnote?: string;
};

/**
 * One layout for every email: a plain-text part that carries the full link (for clients that
 * show no HTML, and for people who copy links), and a simple table-based HTML part that mail
 * clients render reliably. Emails have inline styles because mail clients drop stylesheets.
 */
export function renderEmail(storeName: string, parts: EmailParts): EmailContent {
  const text = [
    parts.heading,
    '',
    ...parts.paragraphs.flatMap((p) => [p, '']),
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`, ''] : []),
    ...(parts.footnote ? [parts.footnote, ''] : []),
    `— ${storeName}`,
  ].join('\n');

  const button = parts.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(parts.action.url)}" style="background:#4f46e5;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(parts.action.label)}</a></p>
<p style="font-size:13px;color:#4b5563">If the button does not work, paste this link into your browser:<br><a href="${escapeHtml(parts.action.url)}" style="color:#4338ca;word-break:break-all">${escapeHtml(parts.action.url)}</a></p>`
    : '';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(parts.subject)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#111827">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;padding:32px">
<tr><td>
<p style="margin:0 0 24px;font-weight:700;font-size:18px;color:#4338ca">${escapeHtml(storeName)}</p>
<h1 style="margin:0 0 16px;font-size:22px">${escapeHtml(parts.heading)}</h1>
${parts.paragraphs.map((p) => `<p style="margin:0 0 12px;line-height:1.5">${escapeHtml(p)}</p>`).join('\n')}
${button}
${parts.footnote ? `<p style="font-size:13px;color:#4b5563">${escapeHtml(parts.footnote)}</p>` : ''}
</td></tr></table></td></tr></table></body></html>`;

  return { subject: parts.subject, text, html };
}
