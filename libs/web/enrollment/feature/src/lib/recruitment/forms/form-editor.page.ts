import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  FieldError,
  FormDefinition,
  FormQuestion,
  PARTICIPANT_ROLES,
  ParticipantRole,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  QuestionType,
} from '@mentorbridge/shared-contracts';
import { RecruitmentApi } from '@mentorbridge/web-enrollment-data-access';
import { ProgramsApi } from '@mentorbridge/web-programs-data-access';
import {
  controlErrorMessage,
  httpStatusOf,
  toApiError,
} from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  confirmAction,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom, map, startWith, switchMap } from 'rxjs';
import { ROLE_LABELS } from '../shared/labels';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { routeParam } from '../shared/route-params';
import { DISCARD_CHANGES, HasUnsavedChanges } from '../shared/unsaved-changes.guard';
import {
  EditorForm,
  editorForm,
  isChoice,
  isRequiredKey,
  isStandardKey,
  limitLabels,
  newQuestion,
  optionGroup,
  QuestionGroup,
  questionGroup,
  REQUIRED_QUESTION_WHY,
  toQuestions,
} from './form-editor.model';
import { FormPreviewComponent } from './form-preview.component';

function parseRole(value: string | null): ParticipantRole {
  return value === 'mentee' ? 'mentee' : 'mentor';
}

/** "a choice question needs…" → "A choice question needs….". */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * The application forms of a program, one per role: edit, reorder, add and remove questions with
 * a live preview; saving creates a new version (applications keep the version they answered).
 */
@Component({
  selector: 'mb-form-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatTabsModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    FormPreviewComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './form-editor.page.html',
  styleUrl: './form-editor.page.scss',
})
export class FormEditorPage implements HasUnsavedChanges {
  private readonly api = inject(RecruitmentApi);
  private readonly programsApi = inject(ProgramsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  protected readonly roles = PARTICIPANT_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly types = QUESTION_TYPES;
  protected readonly typeLabels = QUESTION_TYPE_LABELS;
  protected readonly requiredWhy = REQUIRED_QUESTION_WHY;
  protected readonly isChoice = isChoice;
  protected readonly limitLabels = limitLabels;
  protected readonly isStandardKey = isStandardKey;

  protected readonly programId = routeParam(this.route, 'programId');
  protected readonly role = toSignal(
    this.route.queryParamMap.pipe(map((params) => parseRole(params.get('role')))),
    { initialValue: parseRole(this.route.snapshot.queryParamMap.get('role')) },
  );

  protected readonly program = rxResource({
    params: () => this.programId(),
    stream: ({ params }) => this.programsApi.get(params),
  });
  protected readonly form = rxResource({
    params: () => ({ programId: this.programId(), role: this.role() }),
    stream: ({ params }) => this.api.form(params.programId, params.role),
  });
  /**
   * Loaded once the current form is known: the first read creates version 1 from the defaults,
   * and a save (new current version) refreshes the list.
   */
  protected readonly versions = rxResource({
    params: () =>
      this.form.hasValue()
        ? { programId: this.programId(), role: this.role(), version: this.form.value().version }
        : undefined,
    stream: ({ params }) => this.api.formVersions(params.programId, params.role),
  });
  protected readonly notFound = computed(
    () => this.form.status() === 'error' && httpStatusOf(this.form.error()) === 404,
  );

  /** The form being edited: rebuilt from each loaded or saved version. */
  protected readonly editor = linkedSignal<FormDefinition | undefined, EditorForm | null>({
    source: () => (this.form.hasValue() ? this.form.value() : undefined),
    computation: (definition) =>
      definition ? editorForm(definition.questions, definition.role) : null,
  });
  /** The questions as they stand, for the live preview. */
  protected readonly draft = toSignal(
    toObservable(this.editor).pipe(
      switchMap((editor) =>
        editor
          ? editor.valueChanges.pipe(
              startWith(null),
              map(() => toQuestions(editor)),
            )
          : [[] as FormQuestion[]],
      ),
    ),
    { initialValue: [] as FormQuestion[] },
  );
  /** Re-evaluates validity and dirtiness whenever the editor changes. */
  private readonly editorState = toSignal(
    toObservable(this.editor).pipe(
      switchMap((editor) =>
        editor
          ? editor.events.pipe(
              startWith(null),
              map(() => ({ dirty: editor.dirty, valid: editor.valid })),
            )
          : [{ dirty: false, valid: true }],
      ),
    ),
    { initialValue: { dirty: false, valid: true } },
  );
  protected readonly dirty = computed(() => this.editorState().dirty);

  protected readonly nextVersion = computed(() =>
    this.form.hasValue() ? this.form.value().version + 1 : null,
  );
  protected readonly saving = signal(false);
  protected readonly problems = signal<string[]>([]);

  hasUnsavedChanges(): boolean {
    return this.dirty() && !this.saving();
  }

  protected questionTitle(group: QuestionGroup, index: number): string {
    return `Question ${index + 1}: ${group.controls.label.value.trim() || 'untitled'}`;
  }

  protected locked(group: QuestionGroup): string | null {
    const key = group.controls.key.value;
    return isRequiredKey(this.role(), key)
      ? (this.requiredWhy[key] ?? 'The program needs this question.')
      : null;
  }

  protected typeLocked(group: QuestionGroup): string | null {
    const key = group.controls.key.value;
    return isStandardKey(key)
      ? `Fixed: matching reads this answer as “${this.typeLabels[group.controls.type.value]}”.`
      : null;
  }

  protected error(
    control: Parameters<typeof controlErrorMessage>[0],
    label: string,
  ): string | null {
    return controlErrorMessage(control, label);
  }

  // --- tabs -----------------------------------------------------------------------------------

  protected async switchRole(event: Event, role: ParticipantRole): Promise<void> {
    event.preventDefault();
    if (role === this.role()) {
      return;
    }
    if (this.hasUnsavedChanges() && !(await confirmAction(this.dialog, DISCARD_CHANGES))) {
      return;
    }
    this.problems.set([]);
    await this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { role },
      replaceUrl: true,
    });
  }

  // --- editing --------------------------------------------------------------------------------

  protected move(index: number, delta: -1 | 1): void {
    const editor = this.editor();
    if (!editor) {
      return;
    }
    const questions = editor.controls.questions;
    const target = index + delta;
    const group = questions.at(index);
    if (target < 0 || target >= questions.length || !group) {
      return;
    }
    questions.removeAt(index, { emitEvent: false });
    questions.insert(target, group);
    questions.markAsDirty();
    // Keep the keyboard where it was: on the same question's button, or its other one at an end.
    const key = group.controls.key.value;
    const atEnd = target === 0 || target === questions.length - 1;
    const id = atEnd
      ? `move-${delta < 0 ? 'down' : 'up'}-${key}`
      : `move-${delta < 0 ? 'up' : 'down'}-${key}`;
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }

  protected remove(index: number): void {
    const editor = this.editor();
    const group = editor?.controls.questions.at(index);
    if (!editor || !group || this.locked(group)) {
      return;
    }
    editor.controls.questions.removeAt(index);
    editor.controls.questions.markAsDirty();
    const next = editor.controls.questions.at(
      Math.min(index, editor.controls.questions.length - 1),
    );
    const id = next ? `question-title-${next.controls.key.value}` : 'add-question';
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }

  protected add(type: QuestionType): void {
    const editor = this.editor();
    if (!editor) {
      return;
    }
    const keys = editor.controls.questions.controls.map((g) => g.controls.key.value);
    const question = newQuestion(type, keys);
    editor.controls.questions.push(questionGroup(question, this.role()));
    editor.controls.questions.markAsDirty();
    afterNextRender(() => document.getElementById(`label-${question.key}`)?.focus(), {
      injector: this.injector,
    });
  }

  protected addOption(group: QuestionGroup): void {
    group.controls.options.push(optionGroup());
    group.markAsDirty();
    const index = group.controls.options.length - 1;
    const key = group.controls.key.value;
    afterNextRender(() => document.getElementById(`option-${key}-${index}`)?.focus(), {
      injector: this.injector,
    });
  }

  protected removeOption(group: QuestionGroup, index: number): void {
    group.controls.options.removeAt(index);
    group.markAsDirty();
  }

  protected discard(): void {
    if (this.form.hasValue()) {
      this.editor.set(editorForm(this.form.value().questions, this.form.value().role));
      this.problems.set([]);
    }
  }

  // --- saving ---------------------------------------------------------------------------------

  protected async save(): Promise<void> {
    const editor = this.editor();
    if (!editor || this.saving()) {
      return;
    }
    if (editor.invalid) {
      editor.markAllAsTouched();
      this.problems.set(this.localProblems(editor));
      return;
    }
    this.saving.set(true);
    this.problems.set([]);
    try {
      const saved = await firstValueFrom(
        this.api.saveForm(this.programId(), this.role(), toQuestions(editor)),
      );
      this.form.set(saved);
      this.snackBar.open(
        `The ${this.roleLabels[saved.role].toLowerCase()} form is saved as version ${saved.version}.`,
        'OK',
        { duration: 5000 },
      );
    } catch (error) {
      const apiError = toApiError(error);
      this.problems.set(
        httpStatusOf(error) === 400
          ? this.showServerErrors(editor, apiError.details ?? [], apiError.message)
          : [apiError.message],
      );
    } finally {
      this.saving.set(false);
    }
  }

  /** Per-question problems for the summary, in plain words. */
  private localProblems(editor: EditorForm): string[] {
    const problems: string[] = [];
    editor.controls.questions.controls.forEach((group, index) => {
      const name = `Question ${index + 1}`;
      const { label, help, options, min, max } = group.controls;
      const labelError = controlErrorMessage(label, 'Question text');
      if (label.invalid && labelError) problems.push(`${name}: ${labelError}`);
      if (help.invalid) problems.push(`${name}: the help text can be at most 500 characters.`);
      if (options.invalid) problems.push(`${name}: every option needs a label.`);
      if (min.invalid || max.invalid) problems.push(`${name}: limits must be whole numbers.`);
      for (const message of Object.values(group.errors ?? {})) {
        if (typeof message === 'string') problems.push(`${name}: ${message}`);
      }
    });
    return problems.length ? problems : ['Check the highlighted fields.'];
  }

  /** `questions.2.type` goes on that field; anything else goes in the summary. */
  private showServerErrors(editor: EditorForm, details: FieldError[], fallback: string): string[] {
    const problems: string[] = [];
    for (const detail of details) {
      const match = /^questions\.(\d+)(?:\.(\w+))?/.exec(detail.field);
      const index = match ? Number(match[1]) : -1;
      const group = index >= 0 ? editor.controls.questions.at(index) : null;
      const control = group && match?.[2] ? group.get(match[2]) : null;
      const text = sentence(detail.message);
      if (control) {
        control.setErrors({ ...(control.errors ?? {}), server: text });
        control.markAsTouched();
      }
      problems.push(group ? `Question ${index + 1}: ${text}` : text);
    }
    return problems.length ? problems : [fallback];
  }
}
