import { Writable } from 'node:stream';
import { createLogger } from '../../src/shared/logger';

/** A logger writing JSON lines into an array, configured as the server's. */
function capturing(level: 'info' | 'warn' = 'info') {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger(stream, level), lines };
}

describe('issue 13.11: the server log', () => {
  it('secrets are redacted wherever an object holding them is logged: top level, one level down, request headers, module settings', () => {
    const { logger, lines } = capturing();
    logger.info({
      password: 'pw-top',
      input: { password: 'pw-nested', newPassword: 'pw-new', eppCode: 'epp-code-1', email: 'ada@example.org' },
      req: { headers: { authorization: 'Bearer tok-header', cookie: 'sid=cookie-1', 'content-type': 'application/json' } },
      server: { settings: { apiKey: 'api-key-1' }, name: 'dns1' },
      token: 'tok-top',
    }, 'with secrets');
    const text = JSON.stringify(lines);
    for (const secret of ['pw-top', 'pw-nested', 'pw-new', 'epp-code-1', 'tok-header', 'cookie-1', 'api-key-1', 'tok-top']) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({
      msg: 'with secrets',
      password: '[redacted]',
      input: { password: '[redacted]', newPassword: '[redacted]', eppCode: '[redacted]', email: 'ada@example.org' },
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]', 'content-type': 'application/json' } },
      server: { settings: '[redacted]', name: 'dns1' },
      token: '[redacted]',
    });
  });

  it('JSON lines with the level name and an ISO time; an error with its stack; below the level nothing', () => {
    const { logger, lines } = capturing('warn');
    logger.info('not written');
    logger.error({ err: new Error('boom') }, 'failed');
    expect(lines).toEqual([{
      level: 'error', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), pid: process.pid, hostname: expect.any(String),
      err: expect.objectContaining({ type: 'Error', message: 'boom', stack: expect.stringContaining('logger.test.ts') }),
      msg: 'failed',
    }]);
  });
});
