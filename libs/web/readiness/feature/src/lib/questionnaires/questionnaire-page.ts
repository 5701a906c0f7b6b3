import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  Questionnaire,
  QuestionnaireItem,
  READINESS_DIMENSION_HINTS,
  READINESS_DIMENSION_LABELS,
  READINESS_DIMENSIONS,
  RESPONDENT_ROLE_LABELS,
  SaveAnswersRequest,
  SCALE_LABELS,
} from '@mentorbridge/shared-contracts';
import { OpenQuestionnairesStore, ReadinessApi } from '@mentorbridge/web-readiness-data-access';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  confirmAction,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { debounceTime, filter, firstValueFrom } from 'rxjs';
import { routeParam } from '../shared/route-params';

/** 1–5 on the agreement scale, 0 for "Don't know", null while unanswered. */
export type AnswerValue = 0 | 1 | 2 | 3 | 4 | 5 | null;
export const DONT_KNOW = 0;

/** The server keeps "don't know" as an answer without a score. */
function answerOf(item: QuestionnaireItem): AnswerValue {
  return item.answered ? ((item.score ?? DONT_KNOW) as AnswerValue) : null;
}

/** How long typing-free time passes before answers are saved on their own. */
export const AUTOSAVE_DELAY_MS = 1500;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string };

/**
 * A respondent's questionnaire: every item on the 1–5 agreement scale (or "Don't know"), grouped
 * by dimension. Answers save themselves shortly after each change; "Submit" tells HR you are done
 * (answers stay changeable until HR completes the assessment).
 */
@Component({
  selector: 'mb-questionnaire-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatRadioModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './questionnaire-page.html',
  styleUrl: './questionnaire-page.scss',
})
export class QuestionnairePage {
  private readonly api = inject(ReadinessApi);
  private readonly store = inject(OpenQuestionnairesStore);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly assessmentId = routeParam(this.route, 'assessmentId');
  protected readonly questionnaire = rxResource({
    params: () => this.assessmentId(),
    stream: ({ params }) => this.api.questionnaire(params),
  });
  protected readonly loaded = computed(() =>
    this.questionnaire.hasValue() ? this.questionnaire.value() : null,
  );
  protected readonly notFound = computed(
    () =>
      this.questionnaire.status() === 'error' && httpStatusOf(this.questionnaire.error()) === 404,
  );

  protected readonly roleLabels = RESPONDENT_ROLE_LABELS;
  protected readonly options: { value: Exclude<AnswerValue, null>; label: string }[] = [
    ...([1, 2, 3, 4, 5] as const).map((value) => ({ value, label: SCALE_LABELS[value] })),
    { value: DONT_KNOW, label: "Don't know" },
  ];

  /** One control per item id. */
  protected readonly form = new FormRecord<FormControl<AnswerValue>>({});
  private readonly values = signal<Record<string, AnswerValue>>({});
  /** Status and submission as the server last reported them. */
  protected readonly status = signal<Questionnaire['status']>('open');
  protected readonly submittedAt = signal<string | null>(null);
  protected readonly saveState = signal<SaveState>({ kind: 'idle' });
  protected readonly submitting = signal(false);
  /** Changes not sent to the server yet. */
  private readonly pending = signal(false);
  private saving: Promise<boolean> = Promise.resolve(true);

  protected readonly readOnly = computed(() => this.status() === 'completed');
  protected readonly groups = computed(() => {
    const items = this.loaded()?.items ?? [];
    const groups = READINESS_DIMENSIONS.map((dimension) => ({
      dimension,
      label: READINESS_DIMENSION_LABELS[dimension],
      hint: READINESS_DIMENSION_HINTS[dimension],
      items: items.filter((item) => item.dimension === dimension),
    })).filter((group) => group.items.length > 0);
    // Number the items in the order they are shown.
    let number = 0;
    return groups.map((group) => ({
      ...group,
      items: group.items.map((item) => ({ ...item, number: ++number })),
    }));
  });
  protected readonly total = computed(() => this.loaded()?.items.length ?? 0);
  protected readonly answered = computed(
    () => Object.values(this.values()).filter((value) => value !== null).length,
  );
  protected readonly unanswered = computed(() => this.total() - this.answered());
  protected readonly saveText = computed(() => {
    const state = this.saveState();
    switch (state.kind) {
      case 'saving':
        return 'Saving…';
      case 'saved':
        return 'All answers saved';
      case 'failed':
        return state.message;
      default:
        return '';
    }
  });

  constructor() {
    effect(() => {
      const q = this.loaded();
      if (q) {
        untracked(() => this.setUp(q));
      }
    });

    this.form.valueChanges
      .pipe(
        filter(() => this.form.enabled),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        this.values.set({ ...this.form.getRawValue() });
        this.pending.set(true);
      });
    this.form.valueChanges
      .pipe(
        debounceTime(AUTOSAVE_DELAY_MS),
        filter(() => this.pending() && !this.readOnly() && !this.submitting()),
        takeUntilDestroyed(),
      )
      .subscribe(() => void this.save(false));

    // Leaving right after a change: send it anyway (the request outlives the page).
    inject(DestroyRef).onDestroy(() => {
      if (this.pending() && !this.readOnly()) {
        void this.save(false);
      }
    });
  }

  protected controlFor(itemId: string): FormControl<AnswerValue> {
    return this.form.controls[itemId] as FormControl<AnswerValue>;
  }

  protected async saveDraft(): Promise<void> {
    await this.save(false);
  }

  protected async submit(): Promise<void> {
    if (this.submitting() || this.readOnly()) {
      return;
    }
    const missing = this.unanswered();
    if (missing > 0) {
      const confirmed = await confirmAction(this.dialog, {
        title: 'Submit with unanswered items?',
        message: `${missing} of ${this.total()} ${missing === 1 ? 'item is' : 'items are'} not answered. They are left out of the scores, like "Don't know". You can still change your answers until HR completes the assessment.`,
        confirmLabel: 'Submit anyway',
        cancelLabel: 'Keep answering',
      });
      if (!confirmed) {
        return;
      }
    }
    this.submitting.set(true);
    try {
      if (await this.save(true)) {
        this.snackBar.open('Thank you: your answers are submitted.', 'OK', { duration: 5000 });
        void this.store.refresh();
      }
    } finally {
      this.submitting.set(false);
    }
  }

  /** Sends every given answer; queued behind a save already on its way. True when it worked. */
  private save(submit: boolean): Promise<boolean> {
    this.saving = this.saving.then(() => this.send(submit));
    return this.saving;
  }

  private async send(submit: boolean): Promise<boolean> {
    const q = this.loaded();
    if (!q || this.readOnly() || (!submit && !this.pending())) {
      return !!q;
    }
    const request: SaveAnswersRequest = {
      answers: Object.entries(this.form.getRawValue())
        .filter(([, value]) => value !== null)
        .map(([itemId, value]) => ({ itemId, score: value === DONT_KNOW ? null : value })),
      ...(submit ? { submit: true } : {}),
    };
    this.pending.set(false);
    this.saveState.set({ kind: 'saving' });
    try {
      const saved = await firstValueFrom(this.api.saveAnswers(q.assessmentId, request));
      this.status.set(saved.status);
      this.submittedAt.set(saved.submittedAt);
      this.saveState.set({ kind: 'saved', at: new Date() });
      return true;
    } catch (error: unknown) {
      this.pending.set(true);
      if (httpStatusOf(error) === 409) {
        // HR completed the assessment meanwhile: show the frozen answers.
        this.pending.set(false);
        this.saveState.set({ kind: 'failed', message: toApiError(error).message });
        this.questionnaire.reload();
      } else {
        this.saveState.set({
          kind: 'failed',
          message: `Not saved: ${toApiError(error).message}`,
        });
      }
      return false;
    }
  }

  private setUp(q: Questionnaire): void {
    this.status.set(q.status);
    this.submittedAt.set(q.submittedAt);
    const same =
      Object.keys(this.form.controls).length === q.items.length &&
      q.items.every((item) => this.form.contains(item.id));
    if (!same) {
      for (const key of Object.keys(this.form.controls)) {
        this.form.removeControl(key, { emitEvent: false });
      }
      for (const item of q.items) {
        this.form.addControl(item.id, new FormControl<AnswerValue>(answerOf(item)), {
          emitEvent: false,
        });
      }
    } else if (q.status === 'completed') {
      // The answers as frozen on the server.
      this.form.reset(Object.fromEntries(q.items.map((item) => [item.id, answerOf(item)])), {
        emitEvent: false,
      });
    }
    if (q.status === 'completed') {
      this.form.disable({ emitEvent: false });
    } else {
      this.form.enable({ emitEvent: false });
    }
    this.values.set({ ...this.form.getRawValue() });
  }
}
