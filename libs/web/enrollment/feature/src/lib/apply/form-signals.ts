import { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl } from '@angular/forms';
import { map, startWith, switchMap } from 'rxjs';

/**
 * A signal that changes whenever the control changes (value, status, touched, errors, including
 * errors the server put on it), so OnPush templates keep values and messages current.
 */
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
