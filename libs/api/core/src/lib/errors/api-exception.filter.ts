import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { ApiError } from '@mentorbridge/shared-contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { DomainError, RateLimitedError } from './domain-errors';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  500: 'internal_error',
  503: 'unavailable',
};

/** What a 503 (database down or restarting) tells clients to wait before trying again. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** Driver and server codes that mean "the database cannot be reached right now". */
const DB_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08003',
  '08006',
]);

/** Serves the single-page app for browser navigations that no API route handles. */
export type SpaFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

/**
 * The one error shape of the API (see ApiError in shared/contracts). Never leaks stack traces or
 * SQL; unexpected errors are logged with the request id the client sees.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  constructor(private readonly spaFallback?: SpaFallback) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();

    if (
      exception instanceof NotFoundException &&
      this.spaFallback &&
      this.spaFallback(request, reply)
    ) {
      return;
    }

    const body = this.toApiError(exception, request);
    // A route may have set another type before it failed (@Header('content-type', 'text/csv')
    // applies before the pipes and the handler run): the error is JSON whatever the route serves.
    void reply.header('content-type', 'application/json; charset=utf-8');
    if (exception instanceof RateLimitedError) {
      void reply.header('retry-after', String(exception.retryAfterSeconds));
    } else if (body.statusCode === 503) {
      void reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    }
    void reply.status(body.statusCode).send(body);
  }

  toApiError(exception: unknown, request: FastifyRequest): ApiError {
    const requestId = String(request.id);
    if (exception instanceof DomainError) {
      return {
        statusCode: exception.status,
        code: exception.code,
        message: exception.message,
        ...(exception.details?.length ? { details: exception.details } : {}),
        requestId,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        status === HttpStatus.NOT_FOUND
          ? `No route ${request.method} ${request.url.split('?')[0]}.`
          : typeof response === 'string'
            ? response
            : Array.isArray((response as { message?: unknown }).message)
              ? (response as { message: string[] }).message.join('; ')
              : String((response as { message?: unknown }).message ?? exception.message);
      return {
        statusCode: status,
        code: CODE_BY_STATUS[status] ?? 'error',
        message: /not valid JSON/i.test(message) ? INVALID_JSON : message,
        requestId,
      };
    }
    const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
    if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode < 500) {
      // Errors raised by Fastify itself: malformed JSON, body too large, unsupported media type.
      const status = fastifyError.statusCode;
      return {
        statusCode: status,
        code: CODE_BY_STATUS[status] ?? 'bad_request',
        message: fastifyMessage(fastifyError.code, fastifyError.message),
        requestId,
      };
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.error(`Database unavailable [${requestId}]: ${(exception as Error).message}`);
      return {
        statusCode: 503,
        code: 'unavailable',
        message: 'The service is temporarily unavailable. Please try again in a moment.',
        requestId,
      };
    }
    if (exception instanceof QueryFailedError && driverCode(exception) === '23505') {
      return {
        statusCode: 409,
        code: 'conflict',
        message: 'This conflicts with an existing record.',
        requestId,
      };
    }
    this.logger.error(
      `Unhandled error [${requestId}] ${request.method} ${request.url.split('?')[0]}`,
      exception instanceof Error ? exception.stack : String(exception),
    );
    return {
      statusCode: 500,
      code: 'internal_error',
      message: 'Something went wrong on our side. Please try again.',
      requestId,
    };
  }
}

const INVALID_JSON = 'The request body is not valid JSON.';

function fastifyMessage(code: string | undefined, fallback: string | undefined): string {
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Unsupported content type: send application/json.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is empty but JSON was announced.';
    default:
      if (fallback && /not valid JSON/i.test(fallback)) return INVALID_JSON;
      return fallback ?? 'Bad request.';
  }
}

function driverCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Whether an error means the database is unreachable (stopped, restarting, connection dropped or
 * pool timed out), which the API answers with 503 and Retry-After rather than 500. Covers the
 * `pg` driver's errors with and without TypeORM's QueryFailedError around them.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = driverCode(error);
  if (code && DB_UNAVAILABLE_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|is not queryable/i.test(
    message,
  );
}
