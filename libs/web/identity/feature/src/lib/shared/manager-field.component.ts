import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { PersonRef } from '@mentorbridge/shared-contracts';
import { UsersApi } from '@mentorbridge/web-identity-data-access';
import { controlErrorMessage } from '@mentorbridge/web-shared-data-access';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { controlState } from './form-utils';

export type ManagerValue = PersonRef | string | null;

/** Typed text that was not picked from the suggestions is not a manager. */
export function managerPicked(control: AbstractControl<ManagerValue>): ValidationErrors | null {
  const value = control.value;
  return typeof value === 'string' && value.trim() !== ''
    ? { pickFromList: 'Pick a person from the suggestions, or leave this empty.' }
    : null;
}

export function managerIdOf(value: ManagerValue): string | null {
  return value && typeof value === 'object' ? value.id : null;
}

/**
 * Person picker (a manager, or who did something): searches the directory as you type
 * (GET /api/users?search=).
 */
@Component({
  selector: 'mb-manager-field',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="text"
        [formControl]="control()"
        [matAutocomplete]="auto"
        autocomplete="off"
      />
      @if (state()?.value) {
        <button
          matIconButton
          matSuffix
          type="button"
          [disabled]="control().disabled"
          [attr.aria-label]="clearLabel()"
          (click)="clear()"
        >
          <mat-icon aria-hidden="true" fontIcon="close" />
        </button>
      }
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="displayWith">
        @for (person of options(); track person.id) {
          <mat-option [value]="person">
            <span>{{ person.displayName }}</span>
            <small class="email">{{ person.email }}</small>
          </mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ hint() }}</mat-hint>
      @if (error()) {
        <mat-error>{{ error() }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    .field {
      width: 100%;
    }
    .email {
      margin-left: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ManagerFieldComponent {
  readonly control = input.required<FormControl<ManagerValue>>();
  readonly label = input('Manager');
  readonly clearLabel = input('Clear manager');
  readonly hint = input('Type at least two letters of a name or email.');
  /** The person being edited cannot be their own manager. */
  readonly excludeId = input<string | null>(null);

  private readonly usersApi = inject(UsersApi);
  protected readonly state = controlState(this.control);
  protected readonly error = computed(() => {
    this.state();
    return controlErrorMessage(this.control(), this.label());
  });

  protected readonly options = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
      map((value) => (typeof value === 'string' ? value.trim() : '')),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((term) =>
        term.length < 2
          ? of([] as PersonRef[])
          : this.usersApi.list({ search: term, pageSize: 10, sort: 'displayName' }).pipe(
              map((page) =>
                page.items
                  .filter((person) => person.id !== this.excludeId())
                  .map(({ id, displayName, email }) => ({ id, displayName, email })),
              ),
              catchError(() => of([] as PersonRef[])),
            ),
      ),
    ),
    { initialValue: [] as PersonRef[] },
  );

  protected readonly displayWith = (value: ManagerValue): string =>
    typeof value === 'string' ? value : value ? value.displayName : '';

  protected clear(): void {
    this.control().setValue(null);
    this.control().markAsDirty();
  }
}
