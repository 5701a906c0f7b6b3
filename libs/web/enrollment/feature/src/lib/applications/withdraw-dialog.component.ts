import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { ApplicationStatus, ParticipantRole } from '@mentorbridge/shared-contracts';
import { firstValueFrom } from 'rxjs';

export interface WithdrawDialogData {
  programName: string;
  cohortName: string;
  role: ParticipantRole;
  status: ApplicationStatus;
}

/** Asks before withdrawing an application, and says what it means: the place is freed. */
@Component({
  selector: 'mb-withdraw-dialog',
  imports: [MatButtonModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Withdraw your application?</h2>
    <mat-dialog-content>
      <p class="text">
        You will leave {{ data.programName }} · {{ data.cohortName }} as a {{ data.role }}.
        @if (data.status === 'approved') {
          HR has approved you, so withdrawing gives up your place before matching.
        }
        Your place is freed for someone else.
      </p>
      <p class="text">
        You can apply again while the cohort is still recruiting; your answers are kept for HR's
        records.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">Keep my application</button>
      <button
        mat-flat-button
        type="button"
        class="destructive"
        [mat-dialog-close]="true"
        data-testid="confirm-withdraw"
      >
        Withdraw application
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .text {
      margin: 0 0 8px;
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class WithdrawDialogComponent {
  protected readonly data = inject<WithdrawDialogData>(MAT_DIALOG_DATA);
}

/** Resolves to `true` only if the person confirmed. */
export async function confirmWithdraw(
  dialog: MatDialog,
  data: WithdrawDialogData,
): Promise<boolean> {
  const ref = dialog.open<WithdrawDialogComponent, WithdrawDialogData, boolean>(
    WithdrawDialogComponent,
    { data, width: '480px', maxWidth: '95vw', role: 'alertdialog' },
  );
  return (await firstValueFrom(ref.afterClosed())) === true;
}
