import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@mentorbridge/shared-contracts';
import { ValidationFailedError } from '../errors/domain-errors';

/** One global pipe: unknown fields are refused, values are transformed to their DTO types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const unknown = details.filter((d) => d.message === UNKNOWN_FIELD);
      const message =
        unknown.length === details.length
          ? `Unknown field${unknown.length > 1 ? 's' : ''}: ${unknown.map((d) => d.field).join(', ')}.`
          : 'Some fields are missing or invalid.';
      return new ValidationFailedError(message, details);
    },
  });
}

const UNKNOWN_FIELD = 'is not an accepted field';

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      message: rule === 'whitelistValidation' ? UNKNOWN_FIELD : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}
