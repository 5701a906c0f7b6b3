import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CohortDetail } from '@mentorbridge/shared-contracts';
import { CohortsApi, ProgramsApi } from '@mentorbridge/web-programs-data-access';
import { applyServerErrors, httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { filter, firstValueFrom, merge } from 'rxjs';
import { parseIsoDate, toIsoDate } from '../shared/dates';
import { formTick, requiredText, textLength, visibleError } from '../shared/forms';
import { confirmDiscard } from '../shared/unsaved-changes';

export interface CohortDialogData {
  programId: string;
  programName: string;
  /** The cohort to rename or re-date; none to add a new cohort. */
  cohort?: CohortDetail;
}

function validDate(message: string) {
  return (control: AbstractControl<Date | null>): ValidationErrors | null => {
    const value = control.value;
    if (value === null) {
      // Text the datepicker cannot read also arrives as null (plus its `matDatepickerParse`).
      return { blank: message };
    }
    return Number.isNaN(value.getTime()) ? { date: 'Enter a date like 1 March 2027.' } : null;
  };
}

/** The end must come after the start; the error shows on the end date. */
function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const { startDate, endDate } = (group as CohortForm).controls;
  const start = startDate.value;
  const end = endDate.value;
  const wrong = !!start && !!end && end.getTime() <= start.getTime();
  const errors = { ...(endDate.errors ?? {}) };
  if (wrong) {
    errors['order'] = 'The end date must be after the start date.';
  } else {
    delete errors['order'];
  }
  endDate.setErrors(Object.keys(errors).length ? errors : null, { emitEvent: false });
  return null;
}

type CohortForm = FormGroup<{
  name: FormControl<string>;
  startDate: FormControl<Date | null>;
  endDate: FormControl<Date | null>;
}>;

const LABELS = { name: 'Name', startDate: 'Start date', endDate: 'End date' };

/** Adds a cohort to a program, or renames / re-dates one (sending the version it edited). */
@Component({
  selector: 'mb-cohort-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    BannerComponent,
  ],
  providers: [provideNativeDateAdapter()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ editing ? 'Edit ' + data.cohort?.name : 'New cohort' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="content">
        <div class="progress">
          @if (saving()) {
            <mat-progress-bar mode="indeterminate" aria-label="Saving the cohort" />
          }
        </div>
        <p class="intro">
          @if (editing) {
            Change the name or dates of this cohort of {{ data.programName }}.
          } @else {
            A cohort is one intake of {{ data.programName }}. It starts in Draft; you open
            recruitment when the program is ready.
          }
        </p>
        @if (formError(); as message) {
          <mb-banner tone="error" class="banner">{{ message }}</mb-banner>
        }
        <mat-form-field class="field" subscriptSizing="dynamic">
          <mat-label>Name</mat-label>
          <input
            matInput
            formControlName="name"
            required
            autocomplete="off"
            placeholder="Spring 2027"
            data-testid="cohort-name"
          />
          @if (message('name'); as text) {
            <mat-error>{{ text }}</mat-error>
          }
        </mat-form-field>
        <div class="dates">
          <mat-form-field class="field" subscriptSizing="dynamic">
            <mat-label>Start date</mat-label>
            <input
              matInput
              [matDatepicker]="startPicker"
              formControlName="startDate"
              required
              data-testid="cohort-start"
            />
            <mat-datepicker-toggle matIconSuffix [for]="startPicker" />
            <mat-datepicker #startPicker />
            @if (message('startDate'); as text) {
              <mat-error>{{ text }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field class="field" subscriptSizing="dynamic">
            <mat-label>End date</mat-label>
            <input
              matInput
              [matDatepicker]="endPicker"
              [min]="form.controls.startDate.value"
              formControlName="endDate"
              required
              data-testid="cohort-end"
            />
            <mat-datepicker-toggle matIconSuffix [for]="endPicker" />
            <mat-datepicker #endPicker />
            @if (message('endDate'); as text) {
              <mat-error>{{ text }}</mat-error>
            }
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="cohort-save">
          {{ editing ? 'Save changes' : 'Create cohort' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .progress {
      height: 4px;
      margin-bottom: -12px;
    }
    .intro {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .field {
      width: 100%;
    }
    .dates {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      align-items: start;
      gap: 16px;
    }
  `,
})
export class CohortDialogComponent {
  protected readonly data = inject<CohortDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<CohortDialogComponent, CohortDetail>>(MatDialogRef);
  private readonly dialog = inject(MatDialog);
  private readonly programsApi = inject(ProgramsApi);
  private readonly cohortsApi = inject(CohortsApi);

  protected readonly editing = !!this.data.cohort;
  protected readonly form: CohortForm = new FormGroup(
    {
      name: new FormControl(this.data.cohort?.name ?? '', {
        nonNullable: true,
        validators: [requiredText('Enter a name for the cohort.'), textLength(2, 120, 'The name')],
      }),
      startDate: new FormControl<Date | null>(parseIsoDate(this.data.cohort?.startDate), {
        validators: validDate('Enter the start date.'),
      }),
      endDate: new FormControl<Date | null>(parseIsoDate(this.data.cohort?.endDate), {
        validators: validDate('Enter the end date.'),
      }),
    },
    { validators: endAfterStart },
  );
  private readonly tick = formTick(this.form);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly dirty = computed(() => {
    this.tick();
    return this.form.dirty;
  });

  constructor() {
    merge(
      this.dialogRef.backdropClick(),
      this.dialogRef.keydownEvents().pipe(filter((event) => event.key === 'Escape')),
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() => void this.cancel());
  }

  protected message(name: keyof typeof LABELS): string | null {
    this.tick();
    const control = this.form.controls[name];
    if (control.errors?.['matDatepickerParse']) {
      return control.touched ? 'Enter a date like 1 March 2027.' : null;
    }
    return visibleError(control, LABELS[name]);
  }

  protected async cancel(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.dirty && !(await confirmDiscard(this.dialog))) {
      return;
    }
    this.dialogRef.close();
  }

  protected async save(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formError.set('Check the highlighted fields.');
      return;
    }
    const { name, startDate, endDate } = this.form.getRawValue();
    const request = {
      name: name.trim(),
      startDate: toIsoDate(startDate as Date),
      endDate: toIsoDate(endDate as Date),
    };
    this.saving.set(true);
    this.formError.set(null);
    try {
      const cohort = this.data.cohort;
      const saved = await firstValueFrom(
        cohort
          ? this.cohortsApi.update(cohort.id, { ...request, version: cohort.version })
          : this.programsApi.createCohort(this.data.programId, request),
      );
      this.dialogRef.close(saved);
    } catch (error: unknown) {
      const status = httpStatusOf(error);
      const apiError = toApiError(error);
      if (status === 400 || status === 409) {
        const unmatched = applyServerErrors(this.form as unknown as FormGroup, apiError, {
          labels: LABELS,
        });
        this.formError.set(unmatched.length ? unmatched.join(' ') : null);
      } else {
        this.formError.set(apiError.message);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
