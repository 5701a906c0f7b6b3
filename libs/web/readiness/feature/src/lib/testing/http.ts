/** Test helpers only: used by specs. */
import { TestRequest } from '@angular/common/http/testing';
import { ApiError } from '@mentorbridge/shared-contracts';

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
};

/** Answers the request with an error in the API's format, as the server does. */
export function flushApiError(
  request: TestRequest,
  error: Omit<ApiError, 'statusCode'> & { status: number },
): void {
  const { status, ...body } = error;
  request.flush(
    { statusCode: status, ...body },
    { status, statusText: STATUS_TEXT[status] ?? 'Error' },
  );
}
