import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CreateAssessmentRequest,
  DEFAULT_READINESS_THRESHOLDS,
  PersonRef,
  READINESS_BAND_LABELS,
  RESPONDENT_ROLE_LABELS,
  RESPONDENT_ROLES,
  RespondentRole,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { ReadinessApi } from '@mentorbridge/web-readiness-data-access';
import {
  applyServerErrors,
  controlErrorMessage,
  httpStatusOf,
  toApiError,
} from '@mentorbridge/web-shared-data-access';
import { BannerComponent, PageHeaderComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom, map, startWith } from 'rxjs';
import { CHECK_FIELDS } from '../shared/form-utils';
import {
  pickedPerson,
  personPicked,
  PersonPickerComponent,
  PersonValue,
} from '../shared/person-picker.component';
import { routeParam } from '../shared/route-params';
import { HasUnsavedChanges } from '../shared/unsaved-changes.guard';
import { BANDS, isDefaultThresholds, thresholdsForm, thresholdsValue } from './thresholds-form';

type RespondentGroup = FormGroup<{
  userId: FormControl<PersonRef>;
  role: FormControl<RespondentRole>;
}>;

function atLeastOne(control: AbstractControl): ValidationErrors | null {
  return (control as FormArray).length > 0
    ? null
    : { required: 'Add at least one respondent: someone has to answer.' };
}

const LABELS: Record<string, string> = {
  title: 'Title',
  scopeLabel: 'Scope',
  respondents: 'Respondent',
  thresholds: 'Band thresholds',
};

/** Starts a readiness assessment: what is assessed, who answers, and (rarely) other bands. */
@Component({
  selector: 'mb-new-assessment-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    BannerComponent,
    PageHeaderComponent,
    PersonPickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-assessment-page.html',
  styleUrl: './new-assessment-page.scss',
})
export class NewAssessmentPage implements HasUnsavedChanges {
  private readonly api = inject(ReadinessApi);
  private readonly store = inject(AuthStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly programId = routeParam(this.route, 'programId');
  protected readonly program = rxResource({
    params: () => this.programId(),
    stream: ({ params }) => this.api.program(params),
  });
  protected readonly programName = computed(() =>
    this.program.hasValue() ? this.program.value().name : null,
  );

  protected readonly roles = RESPONDENT_ROLES;
  protected readonly roleLabels = RESPONDENT_ROLE_LABELS;
  protected readonly bands = BANDS;
  protected readonly bandLabels = READINESS_BAND_LABELS;
  protected readonly defaults = DEFAULT_READINESS_THRESHOLDS;

  protected readonly form = new FormGroup({
    title: new FormControl(`Readiness check ${new Date().getFullYear()}`, {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(160)],
    }),
    scopeLabel: new FormControl('Whole organisation', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(160)],
    }),
    respondents: new FormArray<RespondentGroup>([], { validators: atLeastOne }),
    thresholds: thresholdsForm(),
  });

  /** Who to add next: picked from the directory, with the role they answer in. */
  protected readonly picker = new FormGroup({
    person: new FormControl<PersonValue>(null, { validators: personPicked }),
    role: new FormControl<RespondentRole>('manager', { nonNullable: true }),
  });

  protected readonly busy = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly pickerError = signal<string | null>(null);
  protected readonly advancedOpen = signal(false);
  private created = false;

  /** Re-evaluates messages and lists whenever the form changes (OnPush + reactive forms). */
  private readonly formState = toSignal(
    this.form.events.pipe(
      startWith(null),
      map(() => ({})),
    ),
    { initialValue: {} },
  );
  protected readonly respondentRows = computed(() => {
    this.formState();
    return this.form.controls.respondents.controls;
  });
  protected readonly chosenIds = computed(() =>
    this.respondentRows().map((row) => row.controls.userId.value.id),
  );
  protected readonly thresholdsError = computed(() => {
    this.formState();
    const group = this.form.controls.thresholds;
    return group.errors ? controlErrorMessage(group, LABELS['thresholds'] ?? '') : null;
  });

  constructor() {
    const me = this.store.user();
    if (me) {
      this.addRow({ id: me.id, displayName: me.displayName, email: me.email }, 'hr');
    }
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.created;
  }

  protected message(control: AbstractControl, label: string): string | null {
    return controlErrorMessage(control, label);
  }

  protected rowError(row: RespondentGroup): string | null {
    this.formState();
    return row.controls.userId.errors
      ? controlErrorMessage(row.controls.userId, 'Respondent')
      : null;
  }

  protected addRespondent(): void {
    const person = pickedPerson(this.picker.controls.person.value);
    if (!person) {
      this.picker.controls.person.markAsTouched();
      this.pickerError.set(null);
      return;
    }
    if (this.chosenIds().includes(person.id)) {
      this.pickerError.set(`${person.displayName} is already on the list.`);
      return;
    }
    this.addRow(person, this.picker.controls.role.value);
    this.form.markAsDirty();
    this.pickerError.set(null);
    this.picker.reset({ person: null, role: this.picker.controls.role.value });
  }

  protected removeRespondent(index: number): void {
    this.form.controls.respondents.removeAt(index);
    this.form.markAsDirty();
  }

  protected resetThresholds(): void {
    this.form.controls.thresholds.reset(DEFAULT_READINESS_THRESHOLDS);
    this.form.markAsDirty();
  }

  protected async create(): Promise<void> {
    if (this.busy()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      if (this.form.controls.thresholds.invalid) {
        this.advancedOpen.set(true);
      }
      this.formError.set(
        this.form.controls.respondents.hasError('required')
          ? (controlErrorMessage(this.form.controls.respondents, 'Respondents') ?? CHECK_FIELDS)
          : CHECK_FIELDS,
      );
      return;
    }
    const value = this.form.getRawValue();
    const thresholds = thresholdsValue(this.form.controls.thresholds);
    const request: CreateAssessmentRequest = {
      title: value.title.trim(),
      scopeLabel: value.scopeLabel.trim(),
      respondents: value.respondents.map((row) => ({ userId: row.userId.id, role: row.role })),
      ...(isDefaultThresholds(thresholds) ? {} : { thresholds }),
    };
    this.busy.set(true);
    this.formError.set(null);
    try {
      const detail = await firstValueFrom(this.api.createAssessment(this.programId(), request));
      this.created = true;
      await this.router.navigate(['..', detail.id], { relativeTo: this.route });
    } catch (error: unknown) {
      if (httpStatusOf(error) === 400) {
        const unmatched = applyServerErrors(this.form, toApiError(error), { labels: LABELS });
        if (this.form.controls.thresholds.errors?.['server']) {
          this.advancedOpen.set(true);
        }
        this.formError.set(unmatched.length ? unmatched.join(' ') : CHECK_FIELDS);
      } else {
        this.formError.set(toApiError(error).message);
      }
    } finally {
      this.busy.set(false);
    }
  }

  private addRow(person: PersonRef, role: RespondentRole): void {
    this.form.controls.respondents.push(
      new FormGroup({
        userId: new FormControl(person, { nonNullable: true }),
        role: new FormControl(role, { nonNullable: true }),
      }),
    );
  }
}
