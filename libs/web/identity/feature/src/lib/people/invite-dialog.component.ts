import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  CreateUserRequest,
  DirectoryFacets,
  InvitationResult,
  ROLE_LABELS,
  ROLES,
} from '@mentorbridge/shared-contracts';
import { UsersApi } from '@mentorbridge/web-identity-data-access';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import {
  DIRECTORY_LABELS,
  directoryControls,
  directoryRequest,
  showDirectoryServerErrors,
} from '../shared/directory-fields';
import { DirectoryFieldsComponent } from '../shared/directory-fields.component';
import { invalidFieldLabels, showErrorsIfInvalid } from '../shared/form-utils';
import { TextFieldComponent } from '../shared/text-field.component';
import { confirmDiscard, interceptDialogClose } from '../shared/unsaved-changes';
import { InvitationLinkComponent } from './invitation-link.component';

export interface InviteDialogData {
  facets: DirectoryFacets | null;
}

const FIELD_LABELS: Record<string, string> = { email: 'Email', ...DIRECTORY_LABELS };

/** Invite a person; on success, show the activation link to share. Closes with `true` if saved. */
@Component({
  selector: 'mb-invite-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatProgressBarModule,
    BannerComponent,
    DirectoryFieldsComponent,
    InvitationLinkComponent,
    TextFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invite-dialog.component.html',
  styleUrl: './person-dialog.component.scss',
})
export class InviteDialogComponent {
  private readonly data = inject<InviteDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<InviteDialogComponent, boolean>>(MatDialogRef);
  private readonly dialog = inject(MatDialog);
  private readonly usersApi = inject(UsersApi);

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly facets = this.data.facets;

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    }),
    ...directoryControls(['displayName', 'department', 'title', 'manager', 'seniorityLevel']),
    roles: new FormGroup({
      admin: new FormControl(false, { nonNullable: true }),
      mentor: new FormControl(false, { nonNullable: true }),
      mentee: new FormControl(true, { nonNullable: true }),
      executive: new FormControl(false, { nonNullable: true }),
    }),
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<InvitationResult | null>(null);

  constructor() {
    interceptDialogClose(this.dialogRef, () => this.cancel());
  }

  protected async cancel(): Promise<void> {
    if (this.result()) {
      this.dialogRef.close(true);
      return;
    }
    if (this.form.dirty) {
      const discard = await confirmDiscard(this.dialog, {
        title: 'Discard this invitation?',
        message: 'The details you typed are not saved.',
        confirmLabel: 'Discard',
      });
      if (!discard) {
        return;
      }
    }
    this.dialogRef.close(false);
  }

  protected async submit(): Promise<void> {
    if (this.pending()) {
      return;
    }
    if (showErrorsIfInvalid(this.form)) {
      const fields = invalidFieldLabels(this.form, FIELD_LABELS);
      this.error.set(`Check these fields: ${fields.join(', ')}.`);
      return;
    }
    const value = this.form.getRawValue();
    const request: CreateUserRequest = {
      email: value.email.trim(),
      ...directoryRequest(value),
      roles: ROLES.filter((role) => value.roles[role]),
    };
    this.pending.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(this.usersApi.create(request));
      this.form.markAsPristine();
      this.result.set(result);
    } catch (error: unknown) {
      const status = httpStatusOf(error);
      const apiError = toApiError(error);
      if (status === 409) {
        const email = this.form.controls.email;
        email.setErrors({ server: apiError.message });
        email.markAsTouched();
        this.error.set(apiError.message);
      } else if (status === 400) {
        this.error.set(showDirectoryServerErrors(this.form, error, FIELD_LABELS));
      }
    } finally {
      this.pending.set(false);
    }
  }
}
