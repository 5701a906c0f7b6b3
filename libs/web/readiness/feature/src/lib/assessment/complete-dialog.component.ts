import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { LAUNCH_GATE_RULE } from '../shared/readiness-display';

export interface CompleteDialogData {
  title: string;
  /** "Strong, 82%": the result that will count. */
  result: string;
  submitted: number;
  respondents: number;
}

/** Asks before an assessment is completed: answers freeze and the result starts to count. */
@Component({
  selector: 'mb-complete-dialog',
  imports: [MatButtonModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Complete “{{ data.title }}”?</h2>
    <mat-dialog-content>
      <p>
        Completing freezes the answers: respondents can no longer change them and nobody can be
        added or removed.
      </p>
      <p>
        The result — <strong>{{ data.result }}</strong> — then counts for the launch gate.
        {{ rule }}
      </p>
      @if (data.submitted < data.respondents) {
        <p class="warning">
          {{ data.respondents - data.submitted }} of {{ data.respondents }}
          {{ data.respondents === 1 ? 'respondent has' : 'respondents have' }} not submitted yet.
          Answers they saved so far are included; anything else they meant to add is lost.
        </p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">Keep it open</button>
      <button
        mat-flat-button
        type="button"
        [mat-dialog-close]="true"
        data-testid="confirm-complete"
      >
        Complete assessment
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    p {
      margin: 0 0 12px;
    }
    .warning {
      font-weight: 500;
    }
  `,
})
export class CompleteDialogComponent {
  protected readonly data = inject<CompleteDialogData>(MAT_DIALOG_DATA);
  protected readonly rule = LAUNCH_GATE_RULE;
}
