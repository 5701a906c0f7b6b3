import { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { controlErrorMessage } from '@mentorbridge/web-shared-data-access';
import { map, startWith, switchMap } from 'rxjs';

/*
 * Validators that carry their own message in plain words, so `controlErrorMessage` shows it
 * as is (e.g. "Enter a name for the program.").
 */

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && !value.trim());
}

export function requiredText(message: string): ValidatorFn {
  return (control) => (isBlank(control.value) ? { blank: message } : null);
}

/** Length of the trimmed text, as the API trims before it checks. */
export function textLength(min: number, max: number, label: string): ValidatorFn {
  return (control) => {
    if (isBlank(control.value)) {
      return null;
    }
    const length = String(control.value).trim().length;
    if (length < min) {
      return { length: `${label} needs at least ${min} characters.` };
    }
    return length > max ? { length: `${label} can be at most ${max} characters.` } : null;
  };
}

/** A whole number from `min` to `max`; `message` says it in the field's terms. */
export function wholeNumber(min: number, max: number, message: string): ValidatorFn {
  return (control) => {
    const value: unknown = control.value;
    if (value === null || value === undefined || value === '') {
      return { blank: message };
    }
    const number = Number(value);
    return Number.isInteger(number) && number >= min && number <= max ? null : { range: message };
  };
}

/** Like `wholeNumber`, but an empty field is fine (the setting is optional). */
export function optionalWholeNumber(min: number, max: number, message: string): ValidatorFn {
  const check = wholeNumber(min, max, message);
  return (control) => (isBlank(control.value) ? null : check(control));
}

/** A list (FormArray) with at most `max` entries. */
export function maxItems(max: number, message: string): ValidatorFn {
  return (array) =>
    Array.isArray(array.value) && array.value.length > max ? { maxItems: message } : null;
}

/** A group of checkboxes where at least one must be ticked. */
export function atLeastOneChecked(message: string): ValidatorFn {
  return (group) => {
    const values = Object.values((group.value ?? {}) as Record<string, unknown>);
    return values.some((value) => value === true) ? null : { atLeastOne: message };
  };
}

/** A list (FormArray) with at least `min` entries. */
export function minItems(min: number, message: string): ValidatorFn {
  return (array) =>
    Array.isArray(array.value) && array.value.length >= min ? null : { minItems: message };
}

/**
 * A signal that changes whenever anything in the form changes (value, status, touched, errors,
 * including errors the server put on a control). Read it where messages are computed so OnPush
 * templates stay current.
 */
export function formTick(form: AbstractControl): Signal<number> {
  let count = 0;
  return toSignal(
    form.events.pipe(
      map(() => ++count),
      startWith(0),
    ),
    { initialValue: 0 },
  );
}

/** The message to show for a control, once the person touched it (or tried to go on). */
export function visibleError(control: AbstractControl | null, label: string): string | null {
  if (!control || !control.invalid || !control.touched) {
    return null;
  }
  return controlErrorMessage(control, label);
}

/** The errors of a group itself (not of its controls), e.g. "tick at least one". */
export function groupError(errors: ValidationErrors | null): string | null {
  if (!errors) {
    return null;
  }
  const message = errors['server'] ?? Object.values(errors).find((v) => typeof v === 'string');
  return typeof message === 'string' ? message : null;
}

/** Like `formTick`, for a control given as a signal input of a field component. */
export function controlTick(control: Signal<AbstractControl>): Signal<number> {
  let count = 0;
  return toSignal(
    toObservable(control).pipe(
      switchMap((c) => c.events.pipe(startWith(null))),
      map(() => ++count),
    ),
    { initialValue: 0 },
  );
}
