import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  CreateUserRequest,
  DirectoryFacets,
  InvitationResult,
  ROLE_LABELS,
  ROLES,
  SeniorityLevel,
} from '@mentorbridge/shared-contracts';
import { UsersApi } from '@mentorbridge/web-identity-data-access';
import {
  applyServerErrors,
  controlErrorMessage,
  httpStatusOf,
  toApiError,
} from '@mentorbridge/web-shared-data-access';
import { BannerComponent, confirmAction } from '@mentorbridge/web-shared-ui';
import { filter, firstValueFrom, merge } from 'rxjs';
import { blankToNull, invalidFieldLabels } from '../shared/form-utils';
import { SENIORITY_OPTIONS } from '../shared/labels';
import {
  ManagerFieldComponent,
  managerIdOf,
  managerPicked,
  ManagerValue,
} from '../shared/manager-field.component';
import { InvitationLinkComponent } from './invitation-link.component';

export interface InviteDialogData {
  facets: DirectoryFacets | null;
}

const FIELD_LABELS: Record<string, string> = {
  email: 'Email',
  displayName: 'Name',
  department: 'Department',
  title: 'Job title',
  manager: 'Manager',
  seniorityLevel: 'Seniority',
};

/** Invite a person; on success, show the activation link to share. Closes with `true` if saved. */
@Component({
  selector: 'mb-invite-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    BannerComponent,
    InvitationLinkComponent,
    ManagerFieldComponent,
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
  protected readonly seniorityOptions = SENIORITY_OPTIONS;
  protected readonly departments = this.data.facets?.departments ?? [];

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    }),
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(120)],
    }),
    department: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(120)] }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(120)] }),
    manager: new FormControl<ManagerValue>(null, { validators: [managerPicked] }),
    seniorityLevel: new FormControl<SeniorityLevel | null>(null),
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
    merge(
      this.dialogRef.backdropClick(),
      this.dialogRef.keydownEvents().pipe(filter((event) => event.key === 'Escape')),
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() => void this.cancel());
  }

  protected errorFor(
    name: 'email' | 'displayName' | 'department' | 'title',
    label: string,
  ): string | null {
    return controlErrorMessage(this.form.controls[name], label);
  }

  protected async cancel(): Promise<void> {
    if (this.result()) {
      this.dialogRef.close(true);
      return;
    }
    if (this.form.dirty) {
      const discard = await confirmAction(this.dialog, {
        title: 'Discard this invitation?',
        message: 'The details you typed are not saved.',
        confirmLabel: 'Discard',
        cancelLabel: 'Keep editing',
        destructive: true,
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
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      const fields = invalidFieldLabels(this.form, FIELD_LABELS);
      this.error.set(`Check these fields: ${fields.join(', ')}.`);
      return;
    }
    const value = this.form.getRawValue();
    const request: CreateUserRequest = {
      email: value.email.trim(),
      displayName: value.displayName.trim(),
      department: blankToNull(value.department),
      title: blankToNull(value.title),
      managerId: managerIdOf(value.manager),
      seniorityLevel: value.seniorityLevel,
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
        const unmatched = applyServerErrors(this.form, apiError, {
          aliases: { managerId: 'manager' },
          labels: FIELD_LABELS,
        });
        this.error.set(unmatched.length ? unmatched.join(' ') : 'Check the highlighted fields.');
      }
    } finally {
      this.pending.set(false);
    }
  }
}
