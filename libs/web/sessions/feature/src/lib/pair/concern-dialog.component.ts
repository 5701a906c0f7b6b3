import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  FLAG_TOPIC_LABELS,
  FLAG_TOPICS,
  FLAG_URGENCIES,
  FlagTopic,
  FlagUrgency,
  FlagView,
} from '@mentorbridge/shared-contracts';
import { SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

export interface ConcernDialogData {
  matchId: string;
  partnerName: string;
}

const URGENCY_LABELS: Readonly<Record<FlagUrgency, string>> = {
  low: 'Can wait',
  medium: 'Soon, please',
  high: 'Urgent',
};

/** Raises a concern about the pair to the program's HR leads only. */
@Component({
  selector: 'mb-concern-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Raise a concern</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="private" data-testid="concern-privacy">
          <mat-icon aria-hidden="true" fontIcon="lock" />
          Only the program's HR leads see this. {{ data.partnerName }} is not told.
        </p>
        @if (problem(); as message) {
          <mb-banner tone="error" title="Your concern was not sent">{{ message }}</mb-banner>
        }
        <mat-form-field class="wide">
          <mat-label>What is it about?</mat-label>
          <mat-select formControlName="topic" data-testid="concern-topic">
            @for (topic of topics; track topic) {
              <mat-option [value]="topic">{{ topicLabels[topic] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <div class="urgency" role="group" aria-labelledby="concern-urgency-label">
          <p id="concern-urgency-label" class="label">How urgent is it?</p>
          <mat-radio-group formControlName="urgency" aria-labelledby="concern-urgency-label">
            @for (urgency of urgencies; track urgency) {
              <mat-radio-button [value]="urgency">{{ urgencyLabels[urgency] }}</mat-radio-button>
            }
          </mat-radio-group>
        </div>
        <mat-form-field class="wide">
          <mat-label>What is happening?</mat-label>
          <textarea
            matInput
            rows="4"
            required
            formControlName="message"
            maxlength="4000"
            data-testid="concern-message"
          ></textarea>
          @if (form.controls.message.invalid && form.controls.message.touched) {
            <mat-error>Tell HR a little more (at least 10 characters).</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="concern-send">
          Send to HR
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    .private {
      display: flex;
      gap: 8px;
      align-items: center;
      margin: 0 0 16px;
    }
    .label {
      margin: 0 0 4px;
    }
    .urgency {
      margin-bottom: 16px;
    }
    mb-banner {
      display: block;
      margin-bottom: 16px;
    }
  `,
})
export class ConcernDialogComponent {
  protected readonly data = inject<ConcernDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ConcernDialogComponent, FlagView>);
  private readonly api = inject(SessionsApi);

  protected readonly topics = FLAG_TOPICS;
  protected readonly topicLabels = FLAG_TOPIC_LABELS;
  protected readonly urgencies = FLAG_URGENCIES;
  protected readonly urgencyLabels = URGENCY_LABELS;
  protected readonly form = new FormGroup({
    topic: new FormControl<FlagTopic>('other', { nonNullable: true }),
    urgency: new FormControl<FlagUrgency>('medium', { nonNullable: true }),
    message: new FormControl('', {
      nonNullable: true,
      validators: [
        (control) => (String(control.value ?? '').trim().length < 10 ? { short: true } : null),
      ],
    }),
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { topic, urgency, message } = this.form.getRawValue();
    this.saving.set(true);
    this.problem.set(null);
    try {
      const flag = await firstValueFrom(
        this.api.raiseFlag(this.data.matchId, { topic, urgency, message: message.trim() }),
      );
      this.ref.close(flag);
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}
