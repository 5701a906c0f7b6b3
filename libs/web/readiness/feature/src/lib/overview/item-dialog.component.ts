import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  CreateReadinessItemRequest,
  READINESS_DIMENSION_HINTS,
  READINESS_DIMENSION_LABELS,
  READINESS_DIMENSIONS,
  ReadinessDimension,
  ReadinessItem,
} from '@mentorbridge/shared-contracts';
import { ReadinessApi } from '@mentorbridge/web-readiness-data-access';
import {
  applyServerErrors,
  controlErrorMessage,
  httpStatusOf,
  toApiError,
} from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { CHECK_FIELDS } from '../shared/form-utils';

export interface ItemDialogData {
  programId: string;
  /** The program's own item to edit, or null to add one. */
  item: ReadinessItem | null;
}

const LABELS = {
  dimension: 'Dimension',
  text: 'Statement',
  helpText: 'Help text',
  recommendation: 'Recommendation',
} as const;

/** Adds an item to the program's bank, or edits one of the program's own items. */
@Component({
  selector: 'mb-item-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './item-dialog.component.html',
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding-top: 8px;
    }
    .field {
      width: 100%;
    }
    .banner {
      margin-bottom: 12px;
    }
    .progress {
      height: 4px;
    }
  `,
})
export class ItemDialogComponent {
  protected readonly data = inject<ItemDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<ItemDialogComponent, ReadinessItem>>(MatDialogRef);
  private readonly api = inject(ReadinessApi);

  protected readonly dimensions = READINESS_DIMENSIONS;
  protected readonly dimensionLabels = READINESS_DIMENSION_LABELS;
  protected readonly dimensionHints = READINESS_DIMENSION_HINTS;
  protected readonly labels = LABELS;
  protected readonly busy = signal(false);
  protected readonly formError = signal<string | null>(null);

  protected readonly form = new FormGroup({
    dimension: new FormControl<ReadinessDimension | null>(this.data.item?.dimension ?? null, {
      validators: [Validators.required],
    }),
    text: new FormControl(this.data.item?.text ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(10), Validators.maxLength(300)],
    }),
    helpText: new FormControl(this.data.item?.helpText ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(600)],
    }),
    recommendation: new FormControl(this.data.item?.recommendation ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(10), Validators.maxLength(600)],
    }),
  });

  protected message(name: keyof typeof LABELS): string | null {
    const control = this.form.controls[name];
    if (name === 'dimension' && control.hasError('required')) {
      return 'Choose the dimension this item belongs to.';
    }
    if (name === 'text' && control.hasError('required')) {
      return 'Write the statement respondents will rate.';
    }
    if (name === 'recommendation' && control.hasError('required')) {
      return 'Say what to do when this item scores low.';
    }
    return controlErrorMessage(control, LABELS[name]);
  }

  protected async save(): Promise<void> {
    if (this.busy()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formError.set(CHECK_FIELDS);
      return;
    }
    const value = this.form.getRawValue();
    const request: CreateReadinessItemRequest = {
      dimension: value.dimension as ReadinessDimension,
      text: value.text.trim(),
      helpText: value.helpText.trim(),
      recommendation: value.recommendation.trim(),
    };
    this.busy.set(true);
    this.formError.set(null);
    try {
      const saved = await firstValueFrom(
        this.data.item
          ? this.api.updateItem(this.data.item.id, request)
          : this.api.createItem(this.data.programId, request),
      );
      this.dialogRef.close(saved);
    } catch (error: unknown) {
      if (httpStatusOf(error) === 400) {
        const unmatched = applyServerErrors(this.form, toApiError(error), { labels: LABELS });
        this.formError.set(unmatched.length ? unmatched.join(' ') : CHECK_FIELDS);
      } else {
        this.formError.set(toApiError(error).message);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
