import { Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { map } from 'rxjs';

/** A route parameter as a signal, wherever it was declared along the path. */
export function routeParam(route: ActivatedRoute, name: string): Signal<string> {
  const read = () => {
    for (const snapshot of [...route.snapshot.pathFromRoot].reverse()) {
      const value = snapshot.paramMap.get(name);
      if (value !== null) {
        return value;
      }
    }
    return '';
  };
  return toSignal(route.paramMap.pipe(map(() => read())), { initialValue: read() });
}
