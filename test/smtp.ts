import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll } from 'vitest';

export type SmtpReceiver = {
  url: string;
  messages: ParsedMail[];
  /** Refuses every message until `accept()` is called, like a mail server that is down. */
  reject(): void;
  accept(): void;
};

const servers: SMTPServer[] = [];
afterAll(() => Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));

/** A real SMTP server on loopback that keeps what it receives, parsed; closed after the file. */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const messages: ParsedMail[] = [];
  let accepting = true;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (!accepting) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Service unavailable'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  servers.push(server);
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    reject: () => (accepting = false),
    accept: () => (accepting = true),
  };
}
