import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  AssessmentDetail,
  RESPONDENT_ROLE_LABELS,
  RESPONDENT_ROLES,
  RespondentRole,
  RespondentStatus,
} from '@mentorbridge/shared-contracts';
import { ReadinessApi } from '@mentorbridge/web-readiness-data-access';
import { fieldErrorsOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { confirmAction, StatusChipComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import {
  pickedPerson,
  personPicked,
  PersonPickerComponent,
  PersonValue,
} from '../shared/person-picker.component';

/** Who was asked, how far each got, and (while open) adding or removing respondents. */
@Component({
  selector: 'mb-respondents-panel',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    PersonPickerComponent,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './respondents-panel.component.html',
  styleUrl: './respondents-panel.component.scss',
})
export class RespondentsPanelComponent {
  readonly assessment = input.required<AssessmentDetail>();
  /** The assessment after a respondent was added or removed. */
  readonly changed = output<AssessmentDetail>();

  private readonly api = inject(ReadinessApi);
  private readonly dialog = inject(MatDialog);

  protected readonly roles = RESPONDENT_ROLES;
  protected readonly roleLabels = RESPONDENT_ROLE_LABELS;
  protected readonly open = computed(() => this.assessment().status === 'open');
  protected readonly totalItems = computed(() => this.assessment().result.items.length);
  protected readonly submitted = computed(
    () => this.assessment().respondentStatus.filter((r) => r.submittedAt !== null).length,
  );
  protected readonly chosenIds = computed(() =>
    this.assessment().respondentStatus.map((r) => r.person.id),
  );

  protected readonly picker = new FormGroup({
    person: new FormControl<PersonValue>(null, { validators: personPicked }),
    role: new FormControl<RespondentRole>('manager', { nonNullable: true }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async add(): Promise<void> {
    const person = pickedPerson(this.picker.controls.person.value);
    if (!person) {
      this.picker.controls.person.markAsTouched();
      return;
    }
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const updated = await firstValueFrom(
        this.api.addRespondent(this.assessment().id, {
          userId: person.id,
          role: this.picker.controls.role.value,
        }),
      );
      this.picker.reset({ person: null, role: this.picker.controls.role.value });
      this.changed.emit(updated);
    } catch (error: unknown) {
      const field = fieldErrorsOf(error).find((detail) => detail.field.endsWith('userId'));
      this.error.set(
        field
          ? `${person.displayName} ${field.message.replace(/^userId\s+/, '')}.`
          : toApiError(error).message,
      );
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(respondent: RespondentStatus): Promise<void> {
    if (this.busy()) {
      return;
    }
    const confirmed = await confirmAction(this.dialog, {
      title: `Remove ${respondent.person.displayName}?`,
      message: respondent.answered
        ? `Their ${respondent.answered} answers are removed too and the scores change.`
        : 'They have not answered yet. They no longer see the questionnaire.',
      confirmLabel: 'Remove',
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      this.changed.emit(
        await firstValueFrom(this.api.removeRespondent(this.assessment().id, respondent.person.id)),
      );
    } catch (error: unknown) {
      this.error.set(toApiError(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
