import { BreakpointObserver } from '@angular/cdk/layout';
import { STEPPER_GLOBAL_OPTIONS } from '@angular/cdk/stepper';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormArray, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CONTACT_OPTION_LABELS,
  CONTACT_OPTIONS,
  MATCHING_MODE_LABELS,
  MATCHING_MODES,
  MEETING_MODE_LABELS,
  MEETING_MODES,
  PersonRef,
  PROGRAM_FORMAT_LABELS,
  PROGRAM_FORMATS,
  ProgramDetail,
  UpdateProgramRequest,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
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
import { firstValueFrom, map } from 'rxjs';
import { formTick, groupError } from '../shared/forms';
import {
  goalTemplateDetails,
  MATCHING_MODE_HINTS,
  plural,
  PROGRAM_FORMAT_HINTS,
  PULSE_DEFAULT,
  pulseScheduleText,
} from '../shared/labels';
import { HasUnsavedChanges } from '../shared/unsaved-changes';
import { GoalTemplatesFieldComponent } from './goal-templates-field.component';
import { OwnersFieldComponent } from './owners-field.component';
import {
  createRequest,
  FIELD_LABELS,
  fillProgramForm,
  goalTemplatesProblem,
  LIMITS,
  outcomeControl,
  programForm,
  programSettings,
  serverErrorLabels,
  STEP_KEYS,
  STEP_LABELS,
  StepKey,
  toFormDetail,
} from './program-form';

interface FieldProblem {
  path: string;
  step: StepKey;
  stepIndex: number;
  label: string;
  message: string;
}

const REVIEW_INDEX = STEP_KEYS.length;

/**
 * Create or edit a program in five steps: basics, relationship, matching & closure, privacy &
 * owners, then a review. Each step checks itself before "Next"; the server's field errors land
 * on the matching control and flag its step.
 */
@Component({
  selector: 'mb-program-wizard-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatStepperModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    GoalTemplatesFieldComponent,
    OwnersFieldComponent,
  ],
  providers: [
    {
      provide: STEPPER_GLOBAL_OPTIONS,
      useValue: { showError: true, displayDefaultIndicatorType: false },
    },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './program-wizard.page.html',
  styleUrl: './program-wizard.page.scss',
})
export class ProgramWizardPage implements HasUnsavedChanges {
  private readonly api = inject(ProgramsApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly formats = PROGRAM_FORMATS;
  protected readonly formatLabels = PROGRAM_FORMAT_LABELS;
  protected readonly formatHints = PROGRAM_FORMAT_HINTS;
  protected readonly meetingModes = MEETING_MODES;
  protected readonly meetingModeLabels = MEETING_MODE_LABELS;
  protected readonly matchingModes = MATCHING_MODES;
  protected readonly matchingModeLabels = MATCHING_MODE_LABELS;
  protected readonly matchingModeHints = MATCHING_MODE_HINTS;
  protected readonly contactOptions = CONTACT_OPTIONS;
  protected readonly contactOptionLabels = CONTACT_OPTION_LABELS;
  protected readonly limits = LIMITS;
  protected readonly stepKeys = STEP_KEYS;
  protected readonly stepLabels = STEP_LABELS;
  protected readonly reviewIndex = REVIEW_INDEX;
  protected readonly plural = plural;
  protected readonly pulseDefault = PULSE_DEFAULT;
  protected readonly templateDetails = goalTemplateDetails;

  protected readonly programId = toSignal(
    this.route.paramMap.pipe(map((params) => params.get('programId'))),
    { initialValue: this.route.snapshot.paramMap.get('programId') },
  );
  protected readonly editing = computed(() => this.programId() !== null);
  protected readonly program = rxResource({
    params: () => this.programId() ?? undefined,
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly notFound = computed(
    () => this.program.status() === 'error' && httpStatusOf(this.program.error()) === 404,
  );

  protected readonly self = computed<PersonRef | null>(() => {
    const user = this.store.user();
    return user ? { id: user.id, displayName: user.displayName, email: user.email } : null;
  });
  /** In edit mode the signed-in person stays an owner only if they are one already. */
  private readonly selfIsOwner = signal(true);
  protected readonly fixedOwner = computed(() => (this.selfIsOwner() ? this.self() : null));

  protected readonly form = programForm();
  protected readonly basics = this.form.controls.basics;
  protected readonly relationship = this.form.controls.relationship;
  protected readonly matching = this.form.controls.matching;
  protected readonly privacy = this.form.controls.privacy;
  protected readonly outcomes = this.basics.controls.outcomes;
  protected readonly pulse = this.relationship.controls.pulse;
  protected readonly goalTemplates = this.relationship.controls.goalTemplates;
  private readonly tick = formTick(this.form);

  private readonly stepper = viewChild(MatStepper);
  protected readonly selectedIndex = signal(0);
  protected readonly saving = signal(false);
  /** Set after "Create" was pressed: from then on the summary lists what is left to fix. */
  protected readonly submitted = signal(false);
  /** Step whose "Next" was refused: it shows a banner until it is valid. */
  protected readonly refusedStep = signal<StepKey | null>(null);
  /** Server messages that matched no field. */
  protected readonly serverMessages = signal<string[]>([]);
  /** The 409 of an edit when someone else saved first. */
  protected readonly conflict = signal<string | null>(null);
  private version: number | null = null;
  private saved = false;

  protected readonly orientation = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => (state.matches ? 'vertical' : 'horizontal'))),
    { initialValue: 'horizontal' as const },
  );

  protected readonly title = computed(() => {
    if (!this.editing()) {
      return 'New program';
    }
    return this.program.hasValue() ? `Edit ${this.program.value().name}` : 'Edit program';
  });

  /** Every field that still needs fixing, in the order of the steps. */
  protected readonly problems = computed<FieldProblem[]>(() => {
    this.tick();
    return Object.entries(FIELD_LABELS)
      .map(([path, label]) => {
        const step = path.split('.')[0] as StepKey;
        const control = this.form.get(path);
        const message = control?.invalid ? this.messageOf(control, label) : null;
        return message ? { path, step, stepIndex: STEP_KEYS.indexOf(step), label, message } : null;
      })
      .filter((problem): problem is FieldProblem => problem !== null);
  });
  /** What the review step lists. */
  protected readonly review = computed(() => {
    this.tick();
    const settings = programSettings(this.form);
    return {
      ...settings,
      formatLabel: settings.format ? PROGRAM_FORMAT_LABELS[settings.format] : 'Not chosen',
      modes: settings.meetingModes.map((mode) => MEETING_MODE_LABELS[mode]).join(', ') || 'None',
      pulses: pulseScheduleText(settings.pulseSchedule ?? null),
      templates: settings.goalTemplates ?? [],
      contact:
        settings.closurePolicy.contactOptions
          .map((option) => CONTACT_OPTION_LABELS[option])
          .join(', ') || 'None',
      owners: [
        ...(this.fixedOwner() ? [`${this.fixedOwner()?.displayName} (you)`] : []),
        ...this.privacy.controls.owners.value.map((owner) => owner.displayName),
      ].join(', '),
    };
  });
  protected readonly showSummary = computed(
    () => this.submitted() && (this.problems().length > 0 || this.serverMessages().length > 0),
  );

  constructor() {
    effect(() => {
      const program = this.program.hasValue() ? this.program.value() : null;
      if (program && !this.form.dirty) {
        this.fill(program);
      }
    });
  }

  hasUnsavedChanges(): boolean {
    return !this.saved && this.form.dirty;
  }

  /** The message under a control, once it was touched (or its step refused). */
  protected error(path: string): string | null {
    this.tick();
    const control = this.form.get(path);
    if (!control || !control.invalid || !control.touched) {
      return null;
    }
    return this.messageOf(control, FIELD_LABELS[path] ?? path);
  }

  protected outcomeError(index: number): string | null {
    this.tick();
    const control = this.outcomes.at(index);
    return control && control.invalid && control.touched
      ? controlErrorMessage(control, `Outcome ${index + 1}`)
      : null;
  }

  /** The error of the outcome list itself ("add at least one", or the server's message). */
  protected outcomesListError(): string | null {
    this.tick();
    return this.outcomes.touched ? groupError(this.outcomes.errors) : null;
  }

  protected stepHasError(key: StepKey): boolean {
    this.tick();
    const group = this.form.controls[key];
    return group.invalid && group.touched;
  }

  protected stepRefused(key: StepKey): boolean {
    this.tick();
    return this.refusedStep() === key && this.form.controls[key].invalid;
  }

  protected addOutcome(): void {
    if (this.outcomes.length >= LIMITS.outcomes.max) {
      return;
    }
    this.outcomes.push(outcomeControl());
    this.outcomes.markAsDirty();
    const index = this.outcomes.length - 1;
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLInputElement>(`#outcome-${index}`)?.focus(),
      { injector: this.injector },
    );
  }

  protected removeOutcome(index: number): void {
    this.outcomes.removeAt(index);
    this.outcomes.markAsDirty();
    this.outcomes.markAsTouched();
  }

  /** A new step: its heading gets focus (and comes into view), so people know where they are. */
  protected onSelectionChange(index: number): void {
    this.selectedIndex.set(index);
    const key = STEP_KEYS[index] ?? 'review';
    afterNextRender(
      () => {
        const heading = this.host.nativeElement.querySelector<HTMLElement>(
          `[data-step="${key}"] .step-title`,
        );
        heading?.focus({ preventScroll: true });
        if (this.orientation() === 'vertical') {
          heading?.scrollIntoView({ block: 'start' });
        }
      },
      { injector: this.injector },
    );
  }

  protected goTo(index: number): void {
    const stepper = this.stepper();
    if (stepper) {
      stepper.selectedIndex = index;
      this.selectedIndex.set(stepper.selectedIndex);
    }
  }

  protected back(): void {
    this.stepper()?.previous();
  }

  /** Checks the current step; moves on only when it is valid, else shows what to fix. */
  protected next(): void {
    const key = STEP_KEYS[this.selectedIndex()];
    if (!key) {
      return;
    }
    const group = this.form.controls[key];
    if (group.invalid) {
      group.markAllAsTouched();
      this.refusedStep.set(key);
      this.focusFirstInvalid();
      return;
    }
    this.refusedStep.set(null);
    this.stepper()?.next();
  }

  protected cancel(): void {
    const id = this.programId();
    void this.router.navigate(id ? ['/programs', id] : ['/programs']);
  }

  protected reloadLatest(): void {
    this.form.markAsPristine();
    this.conflict.set(null);
    this.program.reload();
  }

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    this.submitted.set(true);
    this.serverMessages.set([]);
    this.conflict.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.goToFirstProblem();
      return;
    }
    this.saving.set(true);
    try {
      const program = await firstValueFrom(this.save());
      this.saved = true;
      this.form.markAsPristine();
      this.snackBar.open(
        this.editing() ? `${program.name} is saved.` : `${program.name} is created.`,
        'OK',
        { duration: 4000 },
      );
      await this.router.navigate(['/programs', program.id]);
    } catch (error: unknown) {
      this.showSaveError(error);
    } finally {
      this.saving.set(false);
    }
  }

  private save() {
    const id = this.programId();
    if (!id) {
      return this.api.create(createRequest(this.form));
    }
    const others = this.privacy.controls.owners.value.map((owner) => owner.id);
    const selfId = this.fixedOwner()?.id;
    const request: UpdateProgramRequest = {
      ...programSettings(this.form),
      ownerIds: selfId ? [selfId, ...others] : others,
      version: this.version ?? 0,
    };
    return this.api.update(id, request);
  }

  private showSaveError(error: unknown): void {
    const status = httpStatusOf(error);
    const apiError = toApiError(error);
    if (status === 409 && this.editing() && !apiError.details?.length) {
      this.conflict.set(apiError.message);
      return;
    }
    if (status === 400 || status === 409) {
      const details = apiError.details?.map(toFormDetail);
      const unmatched = applyServerErrors(
        this.form as unknown as FormGroup,
        { ...apiError, details },
        { labels: serverErrorLabels(details ?? []) },
      );
      const fieldsTookAll = !!apiError.details?.length && unmatched.length === 0;
      this.serverMessages.set(fieldsTookAll ? [] : unmatched);
      this.goToFirstProblem();
      return;
    }
    this.serverMessages.set([apiError.message]);
  }

  private goToFirstProblem(): void {
    const first = this.problems()[0];
    if (first) {
      this.goTo(first.stepIndex);
    }
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () => {
        const panel = this.host.nativeElement.querySelector(
          `[data-step="${STEP_KEYS[this.selectedIndex()]}"]`,
        );
        panel?.querySelector<HTMLElement>('[aria-invalid="true"], .invalid-group input')?.focus();
      },
      { injector: this.injector },
    );
  }

  private messageOf(control: AbstractControl, label: string): string | null {
    if (control === this.goalTemplates) {
      return goalTemplatesProblem(this.goalTemplates);
    }
    if (control instanceof FormArray) {
      const own = groupError(control.errors);
      if (own) {
        return own;
      }
      const index = control.controls.findIndex((item) => item.invalid);
      return index >= 0 ? controlErrorMessage(control.at(index), `${label} ${index + 1}`) : null;
    }
    if (control instanceof FormGroup) {
      return groupError(control.errors);
    }
    return controlErrorMessage(control, label);
  }

  private fill(program: ProgramDetail): void {
    const selfId = this.self()?.id ?? null;
    this.selfIsOwner.set(program.owners.some((owner) => owner.id === selfId));
    fillProgramForm(this.form, program, selfId);
    this.version = program.version;
  }
}
