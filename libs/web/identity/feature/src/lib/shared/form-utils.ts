import { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import { map, startWith, switchMap } from 'rxjs';

/**
 * A signal that changes whenever the control changes (value, status, touched, errors). Reading it
 * in an OnPush template keeps validation messages of a child field component up to date.
 */
export function controlState<T>(
  control: Signal<AbstractControl<T>>,
): Signal<{ value: T; touched: boolean; status: string } | null> {
  return toSignal(
    toObservable(control).pipe(
      switchMap((c) =>
        c.events.pipe(
          startWith(null),
          map(() => ({ value: c.value, touched: c.touched, status: c.status })),
        ),
      ),
    ),
    { initialValue: null },
  );
}

/** Group validator: `confirm` must equal `password`. The error sits on the confirm control. */
export function matchingPasswords(password: string, confirm: string): ValidatorFn {
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

/** The labels of the invalid controls, for the error summary shown on submit. */
export function invalidFieldLabels(form: FormGroup, labels: Record<string, string>): string[] {
  return Object.entries(labels)
    .filter(([name]) => form.get(name)?.invalid)
    .map(([, label]) => label);
}

/** Trims strings and turns empty ones into null (the API clears a field with null). */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
