import { randomUUID } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { inject } from 'vitest';

/*
 * The real SMTP receiver of the browser journeys. test/smtp.ts keeps what it receives in memory,
 * which works because the API tests share a process with it; here the receiver runs in the
 * globalSetup process and the journeys in vitest's workers, so every message goes to a directory
 * as a raw .eml file that the tests read back. Its SMTPServer options mirror test/smtp.ts.
 */

export type SmtpReceiver = { url: string; close(): Promise<void> };

/** Started by the globalSetup: saves every message it receives as `<dir>/<time>-<id>.eml`. */
export async function startSmtpReceiver(dir: string): Promise<SmtpReceiver> {
  const server = new SMTPServer({
    authOptional: true,
    // The shop's nodemailer would upgrade to TLS if offered, and this server has no certificate.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const file = path.join(dir, `${Date.now()}-${randomUUID()}.eml`);
        // Written aside, then renamed: a test polling the directory never reads half a message.
        writeFile(`${file}.part`, Buffer.concat(chunks))
          .then(() => rename(`${file}.part`, file))
          .then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * For the tests: the first email delivered to `to` with this subject, parsed. The shop's mail
 * worker sends from its outbox about once a second, so it is polled for, up to `timeoutMs`.
 */
export async function waitForEmail(to: string, subject: string, timeoutMs = 15_000): Promise<ParsedMail> {
  const dir = inject('mailDir');
  const deadline = Date.now() + timeoutMs;
  let arrived: ParsedMail[];
  for (;;) {
    const files = (await readdir(dir)).filter((name) => name.endsWith('.eml')).sort();
    arrived = await Promise.all(files.map(async (name) => simpleParser(await readFile(path.join(dir, name)))));
    const match = arrived.find((mail) => mail.subject === subject && recipients(mail).includes(to));
    if (match) return match;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const seen = arrived.map((mail) => `"${mail.subject}" to ${recipients(mail).join(', ')}`);
  throw new Error(`no email "${subject}" to ${to} within ${timeoutMs / 1000} s; received: ${seen.join('; ') || 'nothing'}`);
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((address) => address.address ?? ''));
}
