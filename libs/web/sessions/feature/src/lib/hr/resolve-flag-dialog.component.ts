import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FLAG_TOPIC_LABELS, FlagView } from '@mentorbridge/shared-contracts';
import { SupportApi } from '@mentorbridge/web-sessions-data-access';
import { fieldErrorsOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

export interface ResolveFlagDialogData {
  flag: FlagView;
}

/** Resolving a concern needs a note: what was done (the person who raised it can read it). */
@Component({
  selector: 'mb-resolve-flag-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .field {
      width: 100%;
    }
    .quote {
      margin: 0 0 16px;
      white-space: pre-wrap;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <h2 mat-dialog-title>Resolve this concern</h2>
    <mat-dialog-content>
      <p class="quote">{{ topic }} · “{{ data.flag.message }}”</p>
      @if (problem(); as message) {
        <mb-banner tone="error" data-testid="resolve-problem">{{ message }}</mb-banner>
      }
      <mat-form-field class="field">
        <mat-label>What was done</mat-label>
        <textarea
          matInput
          rows="4"
          [formControl]="note"
          data-testid="resolve-note"
          cdkFocusInitial
        ></textarea>
        <mat-hint>The person who raised it can read this note.</mat-hint>
        @if (note.hasError('server')) {
          <mat-error>{{ note.getError('server') }}</mat-error>
        } @else if (note.invalid) {
          <mat-error>Write a short note (at least 3 characters).</mat-error>
        }
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button
        mat-flat-button
        type="button"
        [disabled]="saving()"
        (click)="resolve()"
        data-testid="resolve-confirm"
      >
        Resolve
      </button>
    </mat-dialog-actions>
  `,
})
export class ResolveFlagDialogComponent {
  private readonly api = inject(SupportApi);
  private readonly ref = inject<MatDialogRef<ResolveFlagDialogComponent, FlagView>>(MatDialogRef);
  protected readonly data = inject<ResolveFlagDialogData>(MAT_DIALOG_DATA);
  protected readonly topic = FLAG_TOPIC_LABELS[this.data.flag.topic];

  protected readonly note = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(3), Validators.maxLength(4000)],
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async resolve(): Promise<void> {
    const note = this.note.value.trim();
    if (note.length < 3) {
      this.note.setErrors({ minlength: true });
      this.note.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      this.ref.close(await firstValueFrom(this.api.resolveFlag(this.data.flag.id, { note })));
    } catch (error) {
      const detail = fieldErrorsOf(error).find((field) => field.field === 'note');
      if (detail) {
        this.note.setErrors({ server: detail.message });
        this.note.markAsTouched();
      } else {
        this.problem.set(toApiError(error).message);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
