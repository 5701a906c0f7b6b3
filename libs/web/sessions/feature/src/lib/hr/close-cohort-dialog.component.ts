import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CloseCohortResult } from '@mentorbridge/shared-contracts';
import { ClosureApi } from '@mentorbridge/web-sessions-data-access';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent, LoadFailedComponent, LocalDatePipe } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { plural } from '../closure/closure-format';

export interface CloseCohortDialogData {
  cohortId: string;
  cohortName: string;
}

/**
 * Closing a cohort in one action, after a preview: the active pairs that will be completed, the
 * proposals that will be cancelled and the extension requests still open. The confirm sends the
 * number of pairs shown, so a cohort that changed meanwhile is refused and previewed again.
 */
@Component({
  selector: 'mb-close-cohort-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatIconModule,
    MatProgressBarModule,
    BannerComponent,
    LoadFailedComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Close {{ data.cohortName }}?</h2>
    <mat-dialog-content>
      @if (problem(); as message) {
        <mb-banner
          tone="error"
          title="The cohort was not closed"
          data-testid="close-cohort-problem"
        >
          {{ message }}
        </mb-banner>
      }
      @if (preview.hasValue()) {
        @let p = preview.value();
        <p class="intro">
          Every active pair is completed as planned and both sides get their exit survey by mail.
          The cohort moves to Closing. This cannot be undone.
        </p>
        <h3 class="sub">{{ count(p.active.length, 'active pair') }} will be completed</h3>
        @if (p.active.length) {
          <ul class="pairs" data-testid="preview-active">
            @for (pair of p.active; track pair.matchId) {
              <li>
                {{ pair.mentor }} and {{ pair.mentee }}
                @if (pair.plannedEnd) {
                  <span class="muted">· planned end {{ pair.plannedEnd | localDate }}</span>
                }
              </li>
            }
          </ul>
        } @else {
          <p class="muted">No pair is active.</p>
        }
        <p data-testid="preview-proposed">
          <mat-icon aria-hidden="true" fontIcon="cancel" />
          @if (p.proposed) {
            {{ count(p.proposed, 'proposal') }} still waiting for answers will be cancelled.
          } @else {
            No proposal is waiting for answers.
          }
        </p>
        @if (p.pendingExtensions) {
          <mb-banner
            tone="warning"
            title="Extension requests are open"
            data-testid="preview-extensions"
          >
            {{ count(p.pendingExtensions, 'pair') }}
            {{ p.pendingExtensions === 1 ? 'has' : 'have' }} asked for more time. Decide those
            requests first if a pair should go on; closing the cohort ends them too.
          </mb-banner>
        }
      } @else if (preview.status() === 'error') {
        <mb-load-failed
          title="We couldn't load what closing would do"
          [headingLevel]="3"
          (retry)="preview.reload()"
        />
      } @else {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the closing preview" />
      }
      @if (saving()) {
        <mat-progress-bar mode="indeterminate" aria-label="Closing the cohort" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
      <button
        mat-flat-button
        type="button"
        class="destructive"
        [disabled]="!preview.hasValue() || preview.isLoading() || saving()"
        (click)="confirm()"
        data-testid="close-cohort-confirm"
      >
        Close the cohort
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .intro {
      margin: 0 0 12px;
    }
    .sub {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .pairs {
      max-height: 240px;
      overflow: auto;
      margin: 0 0 12px;
      padding-left: 20px;
    }
    p {
      display: flex;
      gap: 6px;
      align-items: center;
      flex-wrap: wrap;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    mb-banner {
      display: flex;
      margin: 8px 0;
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class CloseCohortDialogComponent {
  protected readonly data = inject<CloseCohortDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<CloseCohortDialogComponent, CloseCohortResult>>(MatDialogRef);
  private readonly api = inject(ClosureApi);

  protected readonly count = plural;
  protected readonly preview = rxResource({
    stream: () => this.api.closingPreview(this.data.cohortId),
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async confirm(): Promise<void> {
    if (this.saving() || !this.preview.hasValue()) {
      return;
    }
    const expectedActive = this.preview.value().active.length;
    this.saving.set(true);
    this.problem.set(null);
    try {
      this.ref.close(
        await firstValueFrom(this.api.closeCohort(this.data.cohortId, { expectedActive })),
      );
    } catch (error) {
      if (httpStatusOf(error) === 409) {
        this.problem.set(
          `${toApiError(error).message} The preview below is up to date again: check it and confirm.`,
        );
        this.preview.reload();
      } else {
        this.problem.set(toApiError(error).message);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
