import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink, ActivatedRoute } from '@angular/router';
import {
  EligibilityRule,
  PARTICIPANT_ROLES,
  ParticipantRole,
  RecruitmentSettings,
  SENIORITY_LABELS,
  SENIORITY_LEVELS,
  SeniorityLevel,
} from '@mentorbridge/shared-contracts';
import { RecruitmentApi } from '@mentorbridge/web-enrollment-data-access';
import { UsersApi } from '@mentorbridge/web-identity-data-access';
import { ProgramsApi } from '@mentorbridge/web-programs-data-access';
import {
  applyServerErrors,
  controlErrorMessage,
  httpStatusOf,
  toApiError,
} from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom, map, startWith } from 'rxjs';
import { ROLE_PLURALS } from '../shared/labels';
import { routeParam } from '../shared/route-params';
import { HasUnsavedChanges } from '../shared/unsaved-changes.guard';

type RuleGroup = FormGroup<{
  minSeniority: FormControl<SeniorityLevel | null>;
  maxSeniority: FormControl<SeniorityLevel | null>;
  departments: FormControl<string[]>;
  requireManager: FormControl<boolean>;
}>;

function seniorityRange(control: AbstractControl): ValidationErrors | null {
  const { minSeniority, maxSeniority } = (control as RuleGroup).getRawValue();
  return minSeniority !== null && maxSeniority !== null && minSeniority > maxSeniority
    ? { range: 'The lowest seniority must not be above the highest.' }
    : null;
}

function ruleGroup(): RuleGroup {
  return new FormGroup(
    {
      minSeniority: new FormControl<SeniorityLevel | null>(null),
      maxSeniority: new FormControl<SeniorityLevel | null>(null),
      departments: new FormControl<string[]>([], { nonNullable: true }),
      requireManager: new FormControl(false, { nonNullable: true }),
    },
    { validators: [seniorityRange] },
  );
}

function wholeNumber(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  if (value === null || (value as unknown) === '') {
    return null;
  }
  return Number.isInteger(value) ? null : { wholeNumber: 'Enter a whole number of characters.' };
}

/** "Senior or above, in Sales or Finance, with a manager recorded." */
export function describeRule(rule: EligibilityRule): string {
  const parts: string[] = [];
  const { minSeniority: min, maxSeniority: max } = rule;
  if (min && max) {
    parts.push(
      min === max
        ? `${SENIORITY_LABELS[min]} only`
        : `from ${SENIORITY_LABELS[min]} to ${SENIORITY_LABELS[max]}`,
    );
  } else if (min) {
    parts.push(`${SENIORITY_LABELS[min]} or above`);
  } else if (max) {
    parts.push(`up to ${SENIORITY_LABELS[max]}`);
  } else {
    parts.push('any seniority');
  }
  parts.push(rule.departments.length ? `in ${rule.departments.join(', ')}` : 'any department');
  if (rule.requireManager) {
    parts.push('with a manager recorded');
  }
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Who may apply to a program's cohorts, per role, and when a mentee goal is flagged. */
@Component({
  selector: 'mb-recruitment-settings-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recruitment-settings.page.html',
  styleUrl: './recruitment-settings.page.scss',
})
export class RecruitmentSettingsPage implements HasUnsavedChanges {
  private readonly api = inject(RecruitmentApi);
  private readonly programsApi = inject(ProgramsApi);
  private readonly usersApi = inject(UsersApi);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly roles = PARTICIPANT_ROLES;
  protected readonly rolePlurals = ROLE_PLURALS;
  protected readonly levels = SENIORITY_LEVELS;
  protected readonly seniorityLabels = SENIORITY_LABELS;

  protected readonly programId = routeParam(this.route, 'programId');
  protected readonly program = rxResource({
    params: () => this.programId(),
    stream: ({ params }) => this.programsApi.get(params),
  });
  protected readonly settings = rxResource({
    params: () => this.programId(),
    stream: ({ params }) => this.api.settings(params),
  });
  private readonly facets = rxResource({ stream: () => this.usersApi.facets() });
  protected readonly notFound = computed(
    () => this.settings.status() === 'error' && httpStatusOf(this.settings.error()) === 404,
  );

  protected readonly form = new FormGroup({
    eligibility: new FormGroup({ mentor: ruleGroup(), mentee: ruleGroup() }),
    minGoalLength: new FormControl<number | null>(80, [
      Validators.required,
      Validators.min(0),
      Validators.max(1000),
      wholeNumber,
    ]),
  });

  private readonly formState = toSignal(
    this.form.events.pipe(
      startWith(null),
      map(() => ({ value: this.form.getRawValue(), dirty: this.form.dirty })),
    ),
    { initialValue: { value: this.form.getRawValue(), dirty: false } },
  );
  protected readonly dirty = computed(() => this.formState().dirty);
  protected readonly summaries = computed(() => {
    const { eligibility } = this.formState().value;
    return {
      mentor: describeRule(eligibility.mentor),
      mentee: describeRule(eligibility.mentee),
    } satisfies Record<ParticipantRole, string>;
  });

  /** Known departments, plus any saved one the directory no longer lists. */
  protected readonly departments = computed(() => {
    const known = this.facets.hasValue() ? this.facets.value().departments : [];
    const saved = this.settings.hasValue()
      ? [
          ...this.settings.value().eligibility.mentor.departments,
          ...this.settings.value().eligibility.mentee.departments,
        ]
      : [];
    return [...new Set([...known, ...saved])].sort((a, b) => a.localeCompare(b));
  });

  protected readonly saving = signal(false);
  protected readonly problems = signal<string[]>([]);

  constructor() {
    effect(() => {
      if (this.settings.hasValue()) {
        this.form.reset(this.settings.value());
      }
    });
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.saving();
  }

  protected rule(role: ParticipantRole): RuleGroup {
    return this.form.controls.eligibility.controls[role];
  }

  protected goalError(): string | null {
    const control = this.form.controls.minGoalLength;
    if (control.errors?.['min'] || control.errors?.['max']) {
      return 'Enter a number of characters from 0 to 1,000.';
    }
    if (control.errors?.['required']) {
      return 'Enter the minimum goal length (0 turns the check off).';
    }
    return controlErrorMessage(control, 'Minimum goal length');
  }

  protected discard(): void {
    if (this.settings.hasValue()) {
      this.form.reset(this.settings.value());
      this.problems.set([]);
    }
  }

  protected async save(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problems.set(['Check the highlighted fields.']);
      return;
    }
    const raw = this.form.getRawValue();
    const request: RecruitmentSettings = {
      eligibility: raw.eligibility,
      minGoalLength: raw.minGoalLength ?? 0,
    };
    this.saving.set(true);
    this.problems.set([]);
    try {
      const saved = await firstValueFrom(this.api.saveSettings(this.programId(), request));
      this.settings.set(saved);
      this.form.reset(saved);
      this.snackBar.open('Eligibility and goal screening are saved.', 'OK', { duration: 4000 });
    } catch (error) {
      const apiError = toApiError(error);
      this.problems.set(
        httpStatusOf(error) === 400
          ? applyServerErrors(this.form, apiError, {
              labels: {
                minGoalLength: 'Minimum goal length',
                'eligibility.mentor.minSeniority': 'Lowest seniority',
                'eligibility.mentee.minSeniority': 'Lowest seniority',
                'eligibility.mentor.maxSeniority': 'Highest seniority',
                'eligibility.mentee.maxSeniority': 'Highest seniority',
              },
            })
          : [apiError.message],
      );
      if (!this.problems().length) {
        this.problems.set(['Check the highlighted fields.']);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
