import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  Answers,
  ApplicationDetail,
  FormQuestion,
  ParticipantRole,
} from '@mentorbridge/shared-contracts';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom, Observable } from 'rxjs';
import {
  answerProblems,
  answersForm,
  answersOf,
  applyAnswerErrors,
  normalizeAnswer,
  sectionsOf,
} from './answers-form';
import { controlTick } from './form-signals';
import { QuestionFieldComponent } from './question-field.component';

/** Sends the answers (apply with POST, or edit with PUT). */
export type SendAnswers = (answers: Answers) => Observable<ApplicationDetail>;

/**
 * The application form drawn from its definition, in a few sections, with the server's own
 * validation rules checked as people answer, a summary of what to fix on "Send", the server's
 * 400 details put back on their questions, and progress while sending. Used to apply and to edit.
 */
@Component({
  selector: 'mb-application-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatProgressBarModule,
    BannerComponent,
    QuestionFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-editor.component.html',
  styleUrl: './application-editor.component.scss',
})
export class ApplicationEditorComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly questions = input.required<FormQuestion[]>();
  /** Pre-filled or saved answers. */
  readonly initial = input<Answers>({});
  readonly role = input.required<ParticipantRole>();
  readonly minGoalLength = input(80);
  readonly submitLabel = input('Send application');
  readonly savingLabel = input('Sending your application…');
  /** Why sending is not possible now (not eligible…): the button is disabled with this text. */
  readonly blockedReason = input<string | null>(null);
  readonly send = input.required<SendAnswers>();

  /** The server accepted the answers. */
  readonly saved = output<ApplicationDetail>();
  /** Sending failed for a reason other than the answers (403, 409, network…): the page says. */
  readonly failed = output<unknown>();

  protected readonly form = computed(() => answersForm(this.questions(), this.initial()));
  private readonly tick = controlTick(this.form);
  protected readonly sections = computed(() => sectionsOf(this.questions(), this.role()));
  protected readonly saving = signal(false);
  /** Set after "Send" was pressed: from then on the summary lists what is left to fix. */
  protected readonly submitted = signal(false);
  /** 400 messages that named no question. */
  protected readonly serverMessages = signal<string[]>([]);
  private done = false;

  protected readonly problems = computed(() => {
    this.tick();
    return answerProblems(this.form(), this.questions());
  });
  protected readonly showSummary = computed(
    () => this.submitted() && (this.problems().length > 0 || this.serverMessages().length > 0),
  );

  /** True when the answers differ from what the page started with and were not sent. */
  hasUnsavedChanges(): boolean {
    if (this.done) {
      return false;
    }
    const initial = this.initial();
    const current = answersOf(this.form(), this.questions());
    return this.questions().some(
      (q) =>
        JSON.stringify(normalizeAnswer(initial[q.key] ?? null)) !== JSON.stringify(current[q.key]),
    );
  }

  protected async submit(): Promise<void> {
    if (this.saving() || this.blockedReason()) {
      return;
    }
    const form = this.form();
    this.submitted.set(true);
    this.serverMessages.set([]);
    form.markAllAsTouched();
    if (form.invalid) {
      this.focusSummary();
      return;
    }
    this.saving.set(true);
    try {
      const detail = await firstValueFrom(this.send()(answersOf(form, this.questions())));
      this.done = true;
      form.markAsPristine();
      this.saved.emit(detail);
    } catch (error: unknown) {
      if (httpStatusOf(error) === 400) {
        const apiError = toApiError(error);
        const unmatched = applyAnswerErrors(form, apiError.details ?? []);
        this.serverMessages.set(apiError.details?.length ? unmatched : [apiError.message]);
        this.focusSummary();
      } else {
        this.failed.emit(error);
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** Moves to a question from the summary. */
  protected focusQuestion(key: string): void {
    const question = this.host.nativeElement.querySelector<HTMLElement>(`[data-question="${key}"]`);
    const target = question?.querySelector<HTMLElement>('input, textarea');
    question?.scrollIntoView?.({ block: 'start' });
    target?.focus({ preventScroll: true });
  }

  private focusSummary(): void {
    afterNextRender(
      () => {
        const summary = this.host.nativeElement.querySelector<HTMLElement>(
          '[data-testid="error-summary"]',
        );
        summary?.scrollIntoView?.({ block: 'center' });
        summary?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }
}
