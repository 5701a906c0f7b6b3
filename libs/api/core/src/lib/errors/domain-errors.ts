import type { FieldError } from '@mentorbridge/shared-contracts';

/**
 * Domain errors are plain classes; ApiExceptionFilter maps them to HTTP. Services throw these,
 * never Nest's HttpExceptions, so the domain stays independent of the transport.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  readonly details?: FieldError[];

  constructor(message: string, details?: FieldError[]) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** Not found and not yours look the same: both are 404. */
export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'not_found';
  constructor(what = 'resource') {
    super(`The ${what} was not found.`);
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly code = 'conflict';
}

/** The thing existed but was deliberately destroyed (e.g. erased notes). */
export class GoneError extends DomainError {
  readonly status = 410;
  readonly code = 'gone';
}

export class ValidationFailedError extends DomainError {
  readonly status = 400;
  readonly code = 'validation_failed';
  constructor(message: string, details: FieldError[] = []) {
    super(message, details);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly status = 401;
  readonly code: string;
  constructor(message = 'Please sign in to continue.', code = 'unauthenticated') {
    super(message);
    this.code = code;
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code: string;
  constructor(message = 'You do not have permission to do this.', code = 'forbidden') {
    super(message);
    this.code = code;
  }
}

export class RateLimitedError extends DomainError {
  readonly status = 429;
  readonly code = 'rate_limited';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export class ServiceUnavailableError extends DomainError {
  readonly status = 503;
  readonly code = 'unavailable';
}
