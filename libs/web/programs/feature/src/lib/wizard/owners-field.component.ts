import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
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
import { controlTick } from '../shared/forms';

/**
 * Co-owners of a program: HR leads picked from the directory as you type
 * (GET /api/users?role=admin&search=). The signed-in person is shown as a fixed owner.
 */
@Component({
  selector: 'mb-owners-field',
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
    <ul class="owners" aria-label="Owners of the program" data-testid="owners">
      @if (self(); as me) {
        <li class="owner self">
          <mat-icon aria-hidden="true" fontIcon="lock" class="owner-icon" />
          <span>{{ me.displayName }} (you)</span>
        </li>
      }
      @for (owner of owners(); track owner.id) {
        <li class="owner">
          <mat-icon aria-hidden="true" fontIcon="person" class="owner-icon" />
          <span>{{ owner.displayName }}</span>
          <button
            mat-icon-button
            type="button"
            class="remove"
            [attr.aria-label]="'Remove ' + owner.displayName + ' as owner'"
            (click)="remove(owner)"
          >
            <mat-icon aria-hidden="true" fontIcon="close" />
          </button>
        </li>
      }
    </ul>
    <mat-form-field class="field">
      <mat-label>Add an owner</mat-label>
      <mat-icon matPrefix aria-hidden="true" fontIcon="person_add" />
      <input
        matInput
        type="text"
        [formControl]="search"
        [matAutocomplete]="auto"
        [errorStateMatcher]="ownersError"
        autocomplete="off"
        data-testid="owners-search"
      />
      <mat-autocomplete
        #auto="matAutocomplete"
        [displayWith]="displayWith"
        (optionSelected)="add($event)"
      >
        @for (person of options(); track person.id) {
          <mat-option [value]="person">
            <span>{{ person.displayName }}</span>
            <small class="email">{{ person.email }}</small>
          </mat-option>
        }
        @if (noMatch()) {
          <mat-option disabled>No other HR lead matches “{{ term() }}”</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ hint() }}</mat-hint>
      @if (error()) {
        <mat-error>{{ error() }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .owners {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
    }
    .owner {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 32px;
      padding: 0 4px 0 10px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
    }
    .owner.self {
      padding-right: 12px;
    }
    .owner-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
      color: var(--mat-sys-on-surface-variant);
    }
    .remove {
      --mat-icon-button-state-layer-size: 32px;
      width: 32px;
      height: 32px;
      padding: 4px;
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
export class OwnersFieldComponent {
  readonly control = input.required<FormControl<PersonRef[]>>();
  /** The signed-in person, shown as an owner who cannot be removed here. */
  readonly self = input<PersonRef | null>(null);
  readonly hint = input('Type at least two letters of an HR lead’s name or email.');

  private readonly usersApi = inject(UsersApi);
  protected readonly search = new FormControl<string | PersonRef>('', { nonNullable: true });
  private readonly tick = controlTick(this.control);
  protected readonly owners = computed(() => {
    this.tick();
    return this.control().value;
  });
  protected readonly error = computed(() => {
    this.tick();
    const control = this.control();
    return control.touched ? controlErrorMessage(control, 'Owners') : null;
  });

  protected readonly term = signal('');
  private readonly results = toSignal(
    this.search.valueChanges.pipe(
      startWith(this.search.value),
      map((value) => (typeof value === 'string' ? value.trim() : '')),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((term) => {
        this.term.set(term);
        return term.length < 2
          ? of(null)
          : this.usersApi
              .list({ search: term, role: 'admin', status: 'active', pageSize: 10 })
              .pipe(
                map((page) =>
                  page.items.map(({ id, displayName, email }) => ({ id, displayName, email })),
                ),
                catchError(() => of([] as PersonRef[])),
              );
      }),
    ),
    { initialValue: null },
  );
  protected readonly options = computed(() => {
    const taken = new Set([...this.owners().map((owner) => owner.id), this.self()?.id]);
    return (this.results() ?? []).filter((person) => !taken.has(person.id));
  });
  protected readonly noMatch = computed(
    () => this.results() !== null && this.options().length === 0,
  );

  /** The field shows the owners' error (e.g. the server's "not an active HR lead"). */
  protected readonly ownersError: ErrorStateMatcher = {
    isErrorState: () => this.control().invalid && this.control().touched,
  };

  protected readonly displayWith = (value: string | PersonRef | null): string =>
    typeof value === 'string' ? value : (value?.displayName ?? '');

  protected add(event: MatAutocompleteSelectedEvent): void {
    const person = event.option.value as PersonRef;
    const control = this.control();
    if (!control.value.some((owner) => owner.id === person.id)) {
      control.setValue([...control.value, person]);
      control.markAsDirty();
    }
    this.search.setValue('');
  }

  protected remove(person: PersonRef): void {
    const control = this.control();
    control.setValue(control.value.filter((owner) => owner.id !== person.id));
    control.markAsDirty();
    control.markAsTouched();
  }
}
