import { ArgumentsHost, Logger } from '@nestjs/common';
import type { ApiError } from '@mentorbridge/shared-contracts';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';
import {
  ApiExceptionFilter,
  isDatabaseUnavailable,
  UNAVAILABLE_RETRY_AFTER_SECONDS,
} from './api-exception.filter';
import { ServiceUnavailableError } from './domain-errors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const queryFailed = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

/** What the filter answers for `exception`: status, headers and JSON body. */
function respond(exception: unknown) {
  const sent: { status?: number; headers: Record<string, string>; body?: ApiError } = {
    headers: {},
  };
  const reply = {
    header(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value;
      return reply;
    },
    status(code: number) {
      sent.status = code;
      return reply;
    },
    send(body: ApiError) {
      sent.body = body;
      return reply;
    },
  };
  const request = { id: 'req-1', method: 'GET', url: '/api/me/matches' };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new ApiExceptionFilter().catch(exception, host);
  return sent;
}

/** The error `pg` really raises when nothing listens on the port (a stopped server). */
async function refusedConnectionError(): Promise<unknown> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const client = new Client({ host: '127.0.0.1', port, user: 'x', database: 'x' });
  return client.connect().then(
    () => new Error('connected unexpectedly'),
    (error: unknown) => error,
  );
}

describe('database unavailable → 503', () => {
  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['server not listening', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['connection reset', withCode('read ECONNRESET', 'ECONNRESET')],
    [
      'admin shutdown (57P01) in a query',
      queryFailed(withCode('terminating connection due to administrator command', '57P01')),
    ],
    ['server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['server shutting down (57P03)', withCode('the database system is shutting down', '57P03')],
    ['connection lost mid-query', queryFailed(new Error('Connection terminated unexpectedly'))],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['connect timeout', new Error('Connection terminated due to connection timeout')],
    [
      'broken client reused',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
  ])('recognises %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['unique violation', queryFailed(withCode('duplicate key value', '23505'))],
    ['undefined table', queryFailed(withCode('relation "x" does not exist', '42P01'))],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('does not mistake %s for an outage', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("recognises the pg driver's own error for a stopped server", async () => {
    const error = await refusedConnectionError();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('answers 503 with the error shape and Retry-After, never the driver message', () => {
    const sent = respond(
      queryFailed(withCode('terminating connection due to administrator command', '57P01')),
    );
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe(String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    expect(sent.body).toEqual({
      statusCode: 503,
      code: 'unavailable',
      message: 'The service is temporarily unavailable. Please try again in a moment.',
      requestId: 'req-1',
    });
  });

  it('sends Retry-After with a 503 the health check raises itself', () => {
    const sent = respond(new ServiceUnavailableError('The database is not reachable.'));
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe(String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    expect(sent.body?.message).toBe('The database is not reachable.');
  });

  it('still answers 500 without Retry-After for other errors', () => {
    const sent = respond(new Error('boom'));
    expect(sent.status).toBe(500);
    expect(sent.headers['retry-after']).toBeUndefined();
    expect(sent.body?.code).toBe('internal_error');
    expect(JSON.stringify(sent.body)).not.toContain('boom');
  });

  it('maps a unique violation to 409, not 503', () => {
    expect(respond(queryFailed(withCode('duplicate key value', '23505'))).status).toBe(409);
  });
});
