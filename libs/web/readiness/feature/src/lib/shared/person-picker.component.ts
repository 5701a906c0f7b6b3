import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteTrigger } from '@angular/material/autocomplete';
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

/** Typed text, or the person picked from the suggestions. */
export type PersonValue = PersonRef | string | null;

/** A person must be picked from the suggestions (typed text alone is nobody). */
export function personPicked(control: AbstractControl<PersonValue>): ValidationErrors | null {
  const value = control.value;
  if (value && typeof value === 'object') {
    return null;
  }
  return typeof value === 'string' && value.trim() !== ''
    ? { pickFromList: 'Pick a person from the suggestions.' }
    : { required: 'Pick a person.' };
}

export function pickedPerson(value: PersonValue): PersonRef | null {
  return value && typeof value === 'object' ? value : null;
}

/** Person picker: searches the directory as you type (GET /api/users?search=). */
@Component({
  selector: 'mb-person-picker',
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
        [attr.data-testid]="testId()"
        (keydown.enter)="onEnter($event)"
      />
      @if (state()?.value) {
        <button
          matIconButton
          matSuffix
          type="button"
          [disabled]="control().disabled"
          [attr.aria-label]="'Clear ' + label().toLowerCase()"
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
      <mat-hint>Type at least two letters of a name or email.</mat-hint>
      @if (error()) {
        <mat-error>{{ error() }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
    .email {
      margin-left: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PersonPickerComponent {
  readonly control = input.required<FormControl<PersonValue>>();
  readonly label = input('Person');
  /** People who are already chosen are not offered again. */
  readonly excludeIds = input<readonly string[]>([]);
  readonly testId = input<string | null>(null);
  /** Enter pressed with no suggestion highlighted: "add this person" (the form is not submitted). */
  readonly confirmed = output<void>();

  private readonly trigger = viewChild(MatAutocompleteTrigger);

  private readonly usersApi = inject(UsersApi);
  protected readonly state = controlState(this.control);
  protected readonly error = computed(() => {
    const state = this.state();
    return state?.touched ? controlErrorMessage(this.control(), this.label()) : null;
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
                  .filter((person) => person.status !== 'deactivated')
                  .filter((person) => !this.excludeIds().includes(person.id))
                  .map(({ id, displayName, email }) => ({ id, displayName, email })),
              ),
              catchError(() => of([] as PersonRef[])),
            ),
      ),
    ),
    { initialValue: [] as PersonRef[] },
  );

  protected readonly displayWith = (value: PersonValue): string =>
    typeof value === 'string' ? value : value ? value.displayName : '';

  protected onEnter(event: Event): void {
    const trigger = this.trigger();
    if (event.defaultPrevented || (trigger?.panelOpen && trigger.activeOption)) {
      return;
    }
    event.preventDefault();
    this.confirmed.emit();
  }

  protected clear(): void {
    this.control().setValue(null);
    this.control().markAsDirty();
  }
}
