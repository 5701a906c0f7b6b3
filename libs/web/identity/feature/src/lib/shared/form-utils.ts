import { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormGroup } from '@angular/forms';
import {
  applyServerErrors,
  ServerErrorOptions,
  toApiError,
} from '@mentorbridge/web-shared-data-access';
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

/** Marks the fields of an invalid form touched, so each shows its error. True if it was invalid. */
export function showErrorsIfInvalid(form: AbstractControl): boolean {
  if (form.invalid) {
    form.markAllAsTouched();
    return true;
  }
  return false;
}

/** The banner text when every field shows its own error. */
export const CHECK_FIELDS = 'Check the highlighted fields.';

/**
 * Puts the server's field errors (the `details` of a 400) next to the fields and returns the
 * banner text: the messages no field took, else `fallback`.
 */
export function showServerErrors(
  form: FormGroup,
  error: unknown,
  options: ServerErrorOptions,
  fallback: string | null = CHECK_FIELDS,
): string | null {
  const unmatched = applyServerErrors(form, toApiError(error), options);
  return unmatched.length ? unmatched.join(' ') : fallback;
}
