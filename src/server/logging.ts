import type { IncomingMessage } from 'node:http';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { Config } from './config.js';

/**
 * The process's logger. Production (and anything that is not a terminal) gets JSON lines for a
 * log collector; a developer's terminal gets short readable lines and no line per request, so the
 * start banner and real problems stand out. Nothing secret is written: credentials are redacted,
 * and a URL is logged without its query string, where email links carry their tokens.
 */
export function processLogger(config: Config, destination?: DestinationStream): Logger {
  const readable = !destination && config.env !== 'production' && process.stdout.isTTY === true;
  const options: LoggerOptions = {
    level: config.logLevel,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token'],
    serializers: {
      req: (req: IncomingMessage & { ip?: string }) => ({ method: req.method, url: withoutQuery(req.url ?? ''), remoteAddress: req.ip }),
    },
    ...(readable ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname', singleLine: true } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Whether each request gets its own log lines: not in a developer's terminal, where they would bury everything else. */
export const logsEveryRequest = (config: Config): boolean => config.env === 'production' || process.stdout.isTTY !== true;

export const withoutQuery = (url: string): string => url.split('?')[0] ?? '';
