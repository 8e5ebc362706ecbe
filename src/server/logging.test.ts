import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildTestApp, testConfig } from '../../test/app.js';
import { createTestDatabase } from '../../test/database.js';
import { processLogger } from './logging.js';

describe('request logs', () => {
  it('write URLs without their query string, where email links carry their tokens', async () => {
    const lines: string[] = [];
    const logger = processLogger(testConfig({ LOG_LEVEL: 'info' }), new Writable({ write: (chunk, _encoding, done) => done(void lines.push(String(chunk))) }));
    const { db } = await createTestDatabase();
    const app = await buildTestApp(db, {}, { logger, logRequests: true });

    for (const page of ['verify-email', 'reset-password', 'unlock']) {
      await app.inject({ url: `/${page}?token=Secret${page}Token` });
      await app.inject({ method: 'POST', url: `/api/v1/auth/${page}?token=Secret${page}Query`, payload: {} });
    }

    const log = lines.join('');
    expect(log).toContain('"url":"/verify-email"');
    expect(log).toContain('"url":"/api/v1/auth/unlock"');
    expect(log).not.toMatch(/Secret|token=/);
  });
});
