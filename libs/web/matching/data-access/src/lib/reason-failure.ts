import { fieldErrorsOf, httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { sentence } from './matching-format';

/**
 * Where a refused reason (declining a match or request, excluding a pair) is shown: the server's
 * own words under the reason field when it rejected the reason, else the error in a banner.
 */
export function reasonFailure(error: unknown): { reason: string } | { problem: string } {
  const reasonProblem = fieldErrorsOf(error).find((detail) => detail.field === 'reason');
  if (httpStatusOf(error) === 400 && reasonProblem) {
    return { reason: sentence(reasonProblem.message) };
  }
  return { problem: toApiError(error).message };
}
