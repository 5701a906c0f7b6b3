import { HttpErrorResponse } from '@angular/common/http';
import { reasonFailure } from './reason-failure';

function apiError(status: number, body: object): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: { statusCode: status, ...body } });
}

describe('reasonFailure', () => {
  it('puts a refused reason under the field, as a sentence', () => {
    const error = apiError(400, {
      code: 'validation_failed',
      message: 'Invalid input',
      details: [{ field: 'reason', message: 'reason is required when declining' }],
    });
    expect(reasonFailure(error)).toEqual({ reason: 'Reason is required when declining.' });
  });

  it('puts any other failure in a banner', () => {
    const conflict = apiError(409, {
      code: 'conflict',
      message: 'This match was already answered',
    });
    expect(reasonFailure(conflict)).toEqual({ problem: 'This match was already answered' });
    const otherField = apiError(400, {
      code: 'validation_failed',
      message: 'Invalid input',
      details: [{ field: 'accept', message: 'accept must be a boolean' }],
    });
    expect(reasonFailure(otherField)).toEqual({ problem: 'Invalid input' });
  });
});
