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
import { MatRadioModule } from '@angular/material/radio';
import { MatSliderModule } from '@angular/material/slider';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  DepartmentPreference,
  MATCH_CRITERIA,
  MATCH_CRITERION_INFO,
  MatchCriterion,
  MatchingSettings,
} from '@mentorbridge/shared-contracts';
import { MatchingApi } from '@mentorbridge/web-matching-data-access';
import { ProgramsApi } from '@mentorbridge/web-programs-data-access';
import { applyServerErrors, httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom, map, startWith } from 'rxjs';
import { routeParam } from '../shared/route-params';
import { HasUnsavedChanges } from '../shared/unsaved-changes.guard';

type WeightControls = Record<MatchCriterion, FormControl<number>>;

export const SHORTLIST_RANGE = { min: 1, max: 20 } as const;
export const EXPIRY_RANGE = { min: 1, max: 60 } as const;

export const DEPARTMENT_OPTIONS: readonly { value: DepartmentPreference; label: string }[] = [
  { value: 'different', label: 'Prefer different departments' },
  { value: 'same', label: 'Prefer the same department' },
  { value: 'none', label: 'No preference' },
];

function wholeNumberIn(min: number, max: number, message: string) {
  return (control: AbstractControl<number | null>): ValidationErrors | null => {
    const value = control.value;
    if (value === null || (value as unknown) === '') {
      return { required: message };
    }
    return Number.isInteger(value) && value >= min && value <= max ? null : { range: message };
  };
}

/** Every criterion switched off would make every pair score 0: at least one must count. */
function someWeightOn(control: AbstractControl): ValidationErrors | null {
  const weights = Object.values((control as FormGroup<WeightControls>).getRawValue());
  return weights.some((weight) => weight > 0)
    ? null
    : { allOff: 'Give at least one criterion a weight above 0.' };
}

function weightControls(): WeightControls {
  const controls = {} as WeightControls;
  for (const criterion of MATCH_CRITERIA) {
    controls[criterion] = new FormControl(0, {
      nonNullable: true,
      validators: [wholeNumberIn(0, 10, 'Choose a weight from 0 (off) to 10.')],
    });
  }
  return controls;
}

const FIELD_LABELS: Record<string, string> = {
  shortlistSize: 'Shortlist size',
  requestExpiryDays: 'Days to answer a request',
  departmentPreference: 'Department preference',
  ...Object.fromEntries(
    MATCH_CRITERIA.map((c) => [`weights.${c}`, `${MATCH_CRITERION_INFO[c].label} weight`]),
  ),
};

/**
 * How a program's cohorts are matched: the weight of each criterion in a pair's score, the hard
 * rules, and what happens on publishing. Applies to every later run of the program's cohorts.
 */
@Component({
  selector: 'mb-matching-settings-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSliderModule,
    MatSlideToggleModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './matching-settings.page.html',
  styleUrl: './matching-settings.page.scss',
})
export class MatchingSettingsPage implements HasUnsavedChanges {
  private readonly api = inject(MatchingApi);
  private readonly programsApi = inject(ProgramsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly criteria = MATCH_CRITERIA;
  protected readonly info = MATCH_CRITERION_INFO;
  protected readonly departmentOptions = DEPARTMENT_OPTIONS;
  protected readonly shortlistRange = SHORTLIST_RANGE;
  protected readonly expiryRange = EXPIRY_RANGE;

  protected readonly programId = routeParam(this.route, 'programId');
  protected readonly program = rxResource({
    params: () => this.programId(),
    stream: ({ params }) => this.programsApi.get(params),
  });
  protected readonly settings = rxResource({
    params: () => this.programId(),
    stream: ({ params }) => this.api.settings(params),
  });
  protected readonly notFound = computed(
    () => this.settings.status() === 'error' && httpStatusOf(this.settings.error()) === 404,
  );

  protected readonly form = new FormGroup({
    weights: new FormGroup(weightControls(), { validators: [someWeightOn] }),
    departmentPreference: new FormControl<DepartmentPreference>('different', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    requireSharedLanguage: new FormControl(true, { nonNullable: true }),
    allowRepeatPairs: new FormControl(false, { nonNullable: true }),
    shortlistSize: new FormControl<number | null>(5, [
      wholeNumberIn(
        SHORTLIST_RANGE.min,
        SHORTLIST_RANGE.max,
        `Enter a whole number of mentors from ${SHORTLIST_RANGE.min} to ${SHORTLIST_RANGE.max}.`,
      ),
    ]),
    requestExpiryDays: new FormControl<number | null>(7, [
      wholeNumberIn(
        EXPIRY_RANGE.min,
        EXPIRY_RANGE.max,
        `Enter a whole number of days from ${EXPIRY_RANGE.min} to ${EXPIRY_RANGE.max}.`,
      ),
    ]),
    activateOnPublish: new FormControl(false, { nonNullable: true }),
  });

  private readonly formState = toSignal(
    this.form.events.pipe(
      startWith(null),
      map(() => ({ value: this.form.getRawValue(), dirty: this.form.dirty })),
    ),
    { initialValue: { value: this.form.getRawValue(), dirty: false } },
  );
  protected readonly dirty = computed(() => this.formState().dirty);
  protected readonly weights = computed(() => this.formState().value.weights);
  protected readonly activateOnPublish = computed(() => this.formState().value.activateOnPublish);

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

  protected weightControl(criterion: MatchCriterion): FormControl<number> {
    return this.form.controls.weights.controls[criterion];
  }

  protected weightText(weight: number): string {
    return weight === 0 ? 'Off' : String(weight);
  }

  /** The slider's bubble and its `aria-valuetext`: "Off" for 0. */
  protected readonly displayWeight = (value: number): string => this.weightText(value);

  /** The message under a control, once it was touched or a save was tried. */
  protected errorOf(control: AbstractControl): string | null {
    if (!control.errors || !(control.touched || control.dirty)) {
      return null;
    }
    const message = Object.values(control.errors).find((value) => typeof value === 'string');
    return typeof message === 'string' ? message : 'Check this value.';
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
      this.problems.set(this.clientProblems());
      return;
    }
    const raw = this.form.getRawValue();
    const request: MatchingSettings = {
      ...raw,
      shortlistSize: raw.shortlistSize ?? SHORTLIST_RANGE.min,
      requestExpiryDays: raw.requestExpiryDays ?? EXPIRY_RANGE.min,
    };
    this.saving.set(true);
    this.problems.set([]);
    try {
      const saved = await firstValueFrom(this.api.saveSettings(this.programId(), request));
      this.settings.set(saved);
      this.form.reset(saved);
      this.snackBar.open('Matching settings are saved. The next run uses them.', 'OK', {
        duration: 4000,
      });
    } catch (error) {
      const apiError = toApiError(error);
      const problems =
        httpStatusOf(error) === 400
          ? applyServerErrors(this.form, apiError, { labels: FIELD_LABELS })
          : [apiError.message];
      this.problems.set(problems.length ? problems : ['Check the highlighted fields.']);
    } finally {
      this.saving.set(false);
    }
  }

  /** The summary shown on a refused save: each problem with the field it belongs to. */
  private clientProblems(): string[] {
    const problems: string[] = [];
    const weights = this.form.controls.weights;
    if (weights.errors?.['allOff']) {
      problems.push(String(weights.errors['allOff']));
    }
    for (const criterion of MATCH_CRITERIA) {
      const message = this.errorOf(weights.controls[criterion]);
      if (message) {
        problems.push(`${FIELD_LABELS[`weights.${criterion}`]}: ${message}`);
      }
    }
    for (const name of ['shortlistSize', 'requestExpiryDays'] as const) {
      const message = this.errorOf(this.form.controls[name]);
      if (message) {
        problems.push(`${FIELD_LABELS[name]}: ${message}`);
      }
    }
    return problems.length ? problems : ['Check the highlighted fields.'];
  }
}
