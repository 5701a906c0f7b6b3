import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { DirectoryFacets } from '@mentorbridge/shared-contracts';
import { controlErrorMessage } from '@mentorbridge/web-shared-data-access';
import { map, merge, startWith, switchMap } from 'rxjs';
import { DIRECTORY_LABELS, DirectoryControls } from './directory-fields';
import { SENIORITY_OPTIONS } from './labels';
import { LanguagesFieldComponent } from './languages-field.component';
import { ManagerFieldComponent } from './manager-field.component';
import { TextFieldComponent } from './text-field.component';
import { timeZoneOptions } from './time-zones';

/**
 * The directory fields whose controls it is given (build them with `directoryFieldsForm()` or
 * `directoryControls()`), in the usual order, with labels and plain-words errors. The name is
 * left to the page: each words it for its reader. The fields sit directly in the surrounding
 * layout: in a two-column grid, a field without a partner takes the whole row (`.full`).
 */
@Component({
  selector: 'mb-directory-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatSelectModule,
    LanguagesFieldComponent,
    ManagerFieldComponent,
    TextFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './directory-fields.component.html',
  styles: `
    :host {
      display: contents;
    }
    .full {
      grid-column: 1 / -1;
    }
    .field {
      width: 100%;
    }
  `,
})
export class DirectoryFieldsComponent {
  readonly controls = input.required<Partial<DirectoryControls>>();
  /** Departments and locations already in use, suggested while typing. */
  readonly facets = input<DirectoryFacets | null>(null);
  /** The person whose record this is: not offered as their own manager. */
  readonly personId = input<string | null>(null);
  readonly locationPlaceholder = input('');
  readonly timeZoneHint = input('');

  protected readonly labels = DIRECTORY_LABELS;
  protected readonly seniorityOptions = SENIORITY_OPTIONS;

  /**
   * Changes with every change of the selects drawn here (the other fields are components that
   * follow their own control), so this OnPush view shows their current value and errors.
   */
  private readonly changes = toSignal(
    toObservable(this.controls).pipe(
      switchMap(({ seniorityLevel, timeZone }) =>
        merge(...[seniorityLevel?.events, timeZone?.events].filter((events) => !!events)).pipe(
          startWith(null),
        ),
      ),
      map(() => ({})),
    ),
    { initialValue: {} },
  );
  private readonly timeZone = computed(() => {
    this.changes();
    return this.controls().timeZone?.value ?? null;
  });
  /** Every time zone, and the person's own even if this browser does not list it. */
  protected readonly timeZones = computed(() => timeZoneOptions(this.timeZone()));

  protected errorFor(field: 'seniorityLevel' | 'timeZone'): string | null {
    this.changes();
    return controlErrorMessage(this.controls()[field] ?? null, this.labels[field]);
  }
}
