import { FormControl, FormGroup } from '@angular/forms';
import { applyServerErrors, fieldSentence } from './form-errors';

describe('applyServerErrors', () => {
  it('puts each field message of a 400 on the matching control and returns the rest', () => {
    const form = new FormGroup({
      email: new FormControl(''),
      manager: new FormControl(''),
      languages: new FormControl<string[]>([]),
    });

    const unmatched = applyServerErrors(
      form,
      {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Some fields are not valid.',
        details: [
          { field: 'email', message: 'Enter a valid email.' },
          { field: 'managerId', message: 'That manager does not exist.' },
          { field: 'languages.1', message: 'Language names are at most 40 characters.' },
          { field: 'roles', message: 'Unknown role.' },
        ],
      },
      { aliases: { managerId: 'manager' } },
    );

    expect(form.controls.email.getError('server')).toBe('Enter a valid email.');
    expect(form.controls.manager.getError('server')).toBe('That manager does not exist.');
    expect(form.controls.languages.getError('server')).toBe(
      'Language names are at most 40 characters.',
    );
    expect(form.controls.email.touched).toBe(true);
    expect(unmatched).toEqual(['Unknown role.']);
  });

  it("turns the API's short field messages into sentences with the field's label", () => {
    const form = new FormGroup({ current: new FormControl(''), manager: new FormControl('') });

    applyServerErrors(
      form,
      {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Your current password is not correct.',
        details: [
          { field: 'currentPassword', message: 'is not correct' },
          { field: 'managerId', message: 'would create a loop in the reporting line' },
        ],
      },
      {
        aliases: { currentPassword: 'current', managerId: 'manager' },
        labels: { current: 'Current password' },
      },
    );

    expect(form.controls.current.getError('server')).toBe('Current password is not correct.');
    expect(form.controls.manager.getError('server')).toBe(
      'Manager would create a loop in the reporting line.',
    );
  });

  it('returns the general message when the error has no field details', () => {
    const form = new FormGroup({ email: new FormControl('') });

    expect(
      applyServerErrors(form, { statusCode: 409, code: 'conflict', message: 'Email exists.' }),
    ).toEqual(['Email exists.']);
  });
});

describe('fieldSentence', () => {
  it('reads well for predicates, class-validator texts and full sentences alike', () => {
    expect(fieldSentence({ field: 'rows.3.manager_email', message: 'is required' })).toBe(
      'Manager email is required.',
    );
    expect(fieldSentence({ field: 'email', message: 'email must be an email' })).toBe(
      'Email must be an email.',
    );
    expect(fieldSentence({ field: 'email', message: 'Enter a valid email address.' })).toBe(
      'Enter a valid email address.',
    );
  });
});
