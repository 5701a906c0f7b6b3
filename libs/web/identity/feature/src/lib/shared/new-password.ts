import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@mentorbridge/shared-contracts';

/** A new password, typed twice. */
export type NewPasswordForm = FormGroup<{
  password: FormControl<string>;
  confirm: FormControl<string>;
}>;

/**
 * Group validator: `confirm` must equal `password`. The `mismatch` error sits on the confirm
 * control, so it shows under that field; the group itself stays without errors.
 */
export function passwordsMatch(password = 'password', confirm = 'confirm'): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const first = group.get(password);
    const second = group.get(confirm);
    if (!first || !second) {
      return null;
    }
    const mismatch = !!second.value && first.value !== second.value;
    const errors = { ...(second.errors ?? {}) };
    if (mismatch) {
      errors['mismatch'] = "The passwords don't match.";
    } else {
      delete errors['mismatch'];
    }
    const next = Object.keys(errors).length ? errors : null;
    if (JSON.stringify(next) !== JSON.stringify(second.errors)) {
      second.setErrors(next, { emitEvent: false });
    }
    return null;
  };
}

/** The new password (length rules of the API) and its confirmation, checked to match. */
export function newPasswordForm(): NewPasswordForm {
  return new FormGroup(
    {
      password: new FormControl('', {
        nonNullable: true,
        validators: [
          Validators.required,
          Validators.minLength(PASSWORD_MIN_LENGTH),
          Validators.maxLength(PASSWORD_MAX_LENGTH),
        ],
      }),
      confirm: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    },
    { validators: passwordsMatch() },
  );
}
