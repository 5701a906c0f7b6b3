import { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl } from '@angular/forms';
import { map, startWith, switchMap } from 'rxjs';

/**
 * A signal that changes whenever the control changes (value, status, touched, errors), so OnPush
 * templates keep their validation messages current.
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

/** The banner text when every field shows its own error. */
export const CHECK_FIELDS = 'Check the highlighted fields.';
