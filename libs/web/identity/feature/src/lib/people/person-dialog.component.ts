import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  DirectoryFacets,
  InvitationResult,
  PERMISSIONS,
  Role,
  ROLE_LABELS,
  ROLES,
  UpdateUserRequest,
  UserDetail,
} from '@mentorbridge/shared-contracts';
import { AuthStore, UsersApi } from '@mentorbridge/web-identity-data-access';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  confirmAction,
  EmptyStateComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import {
  DIRECTORY_FIELDS,
  directoryFieldsForm,
  directoryRequest,
  directoryValues,
  showDirectoryServerErrors,
} from '../shared/directory-fields';
import { DirectoryFieldsComponent } from '../shared/directory-fields.component';
import { CHECK_FIELDS, showErrorsIfInvalid } from '../shared/form-utils';
import { statusLabel, USER_STATUS_CHIP } from '../shared/labels';
import { TextFieldComponent } from '../shared/text-field.component';
import { confirmDiscard, interceptDialogClose } from '../shared/unsaved-changes';
import { InvitationLinkComponent } from './invitation-link.component';
import { isErasedPerson, PersonalDataSectionComponent } from './personal-data-section.component';

export interface PersonDialogData {
  id: string;
  facets: DirectoryFacets | null;
  /** Called after every saved change so the list behind the dialog stays current. */
  onChanged: () => void;
}

/** One person's record: directory fields, roles, status and invitation link. */
@Component({
  selector: 'mb-person-dialog',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatDividerModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    StatusChipComponent,
    DirectoryFieldsComponent,
    InvitationLinkComponent,
    PersonalDataSectionComponent,
    TextFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-dialog.component.html',
  styleUrl: './person-dialog.component.scss',
})
export class PersonDialogComponent {
  private readonly data = inject<PersonDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<PersonDialogComponent>>(MatDialogRef);
  private readonly dialog = inject(MatDialog);
  private readonly usersApi = inject(UsersApi);
  private readonly store = inject(AuthStore);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statusChip = USER_STATUS_CHIP;
  protected readonly statusLabel = statusLabel;
  protected readonly facets = this.data.facets;

  protected readonly person = rxResource({ stream: () => this.usersApi.get(this.data.id) });
  protected readonly isSelf = computed(() => this.store.user()?.id === this.data.id);
  protected readonly canManage = computed(() =>
    this.store.permissions().includes(PERMISSIONS.usersManage),
  );
  protected readonly canAssignRoles = computed(() =>
    this.store.permissions().includes(PERMISSIONS.rolesAssign),
  );
  /** Export and erasure are for organisation-wide HR leads (the API refuses program leads). */
  protected readonly canManagePrivacy = computed(() =>
    (this.store.user()?.orgPermissions ?? []).includes(PERMISSIONS.privacyManage),
  );
  protected readonly erased = computed(
    () => this.person.hasValue() && isErasedPerson(this.person.value()),
  );

  protected readonly form = directoryFieldsForm(DIRECTORY_FIELDS);
  protected readonly rolesForm = new FormGroup({
    admin: new FormControl(false, { nonNullable: true }),
    mentor: new FormControl(false, { nonNullable: true }),
    mentee: new FormControl(false, { nonNullable: true }),
    executive: new FormControl(false, { nonNullable: true }),
  });

  protected readonly busy = signal<null | 'details' | 'roles' | 'status' | 'invitation'>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly rolesError = signal<string | null>(null);
  protected readonly invitation = signal<InvitationResult | null>(null);

  constructor() {
    effect(() => {
      const person = this.person.hasValue() ? this.person.value() : null;
      if (person) {
        if (!this.form.dirty) {
          this.resetForm(person);
        }
        if (!this.rolesForm.dirty) {
          this.resetRoles(person);
        }
      }
    });
    effect(() => {
      const manage = this.canManage();
      if (manage) {
        this.form.enable({ emitEvent: false });
      } else {
        this.form.disable({ emitEvent: false });
      }
      const assign = this.canAssignRoles() && manage;
      if (assign) {
        this.rolesForm.enable({ emitEvent: false });
      } else {
        this.rolesForm.disable({ emitEvent: false });
      }
      if (this.isSelf()) {
        // Removing your own HR lead role would lock you out of this page.
        this.rolesForm.controls.admin.disable({ emitEvent: false });
      }
    });
    interceptDialogClose(this.dialogRef, () => this.close());
  }

  protected async close(): Promise<void> {
    if (this.form.dirty || this.rolesForm.dirty) {
      const discard = await confirmDiscard(this.dialog, {
        message: 'Some changes to this person are not saved yet.',
      });
      if (!discard) {
        return;
      }
    }
    this.dialogRef.close();
  }

  protected async saveDetails(): Promise<void> {
    if (this.busy() || !this.person.hasValue()) {
      return;
    }
    if (showErrorsIfInvalid(this.form)) {
      this.formError.set(CHECK_FIELDS);
      return;
    }
    const request: UpdateUserRequest = directoryRequest(this.form.getRawValue());
    await this.run(
      'details',
      async () => {
        const updated = await firstValueFrom(this.usersApi.update(this.data.id, request));
        this.person.set(updated);
        this.resetForm(updated);
        this.formError.set(null);
        this.snackBar.open(`${updated.displayName}'s record is saved.`, 'OK', { duration: 4000 });
      },
      (error) => this.formError.set(showDirectoryServerErrors(this.form, error)),
    );
  }

  protected async saveRoles(): Promise<void> {
    if (this.busy() || !this.person.hasValue()) {
      return;
    }
    const selected = this.rolesForm.getRawValue();
    const roles = ROLES.filter((role) => selected[role]);
    await this.run(
      'roles',
      async () => {
        const updated = await firstValueFrom(this.usersApi.assignRoles(this.data.id, roles));
        this.person.set(updated);
        this.resetRoles(updated);
        this.rolesError.set(null);
        this.snackBar.open(`Roles of ${updated.displayName} are saved.`, 'OK', { duration: 4000 });
      },
      (error) => this.rolesError.set(toApiError(error).message),
    );
  }

  protected async toggleStatus(person: UserDetail): Promise<void> {
    if (this.busy()) {
      return;
    }
    const deactivate = person.status !== 'deactivated';
    const confirmed = await confirmAction(
      this.dialog,
      deactivate
        ? {
            title: `Deactivate ${person.displayName}?`,
            message: `${person.displayName} can no longer sign in and is left out of new matches. Their history stays. You can reactivate them later.`,
            confirmLabel: 'Deactivate',
            destructive: true,
          }
        : {
            title: `Reactivate ${person.displayName}?`,
            message: `${person.displayName} can sign in again with their existing password.`,
            confirmLabel: 'Reactivate',
          },
    );
    if (!confirmed) {
      return;
    }
    await this.run(
      'status',
      async () => {
        const updated = await firstValueFrom(
          this.usersApi.update(this.data.id, { status: deactivate ? 'deactivated' : 'active' }),
        );
        this.person.set(updated);
        this.snackBar.open(
          `${updated.displayName} is ${deactivate ? 'deactivated' : 'active again'}.`,
          'OK',
          { duration: 4000 },
        );
      },
      (error) => this.formError.set(toApiError(error).message),
    );
  }

  protected async resendInvitation(): Promise<void> {
    if (this.busy()) {
      return;
    }
    await this.run('invitation', async () => {
      const result = await firstValueFrom(this.usersApi.resendInvitation(this.data.id));
      this.invitation.set(result);
      this.person.set(result.user);
    });
  }

  /** The record behind the dialog is anonymised now: show it so, and refresh the list. */
  protected onErased(): void {
    this.form.markAsPristine();
    this.rolesForm.markAsPristine();
    this.person.reload();
    this.data.onChanged();
  }

  private async run(
    kind: 'details' | 'roles' | 'status' | 'invitation',
    action: () => Promise<void>,
    onInvalid?: (error: unknown) => void,
  ): Promise<void> {
    this.busy.set(kind);
    try {
      await action();
      this.data.onChanged();
    } catch (error: unknown) {
      const status = httpStatusOf(error);
      if (onInvalid && (status === 400 || status === 409)) {
        onInvalid(error);
      }
    } finally {
      this.busy.set(null);
    }
  }

  private resetForm(person: UserDetail): void {
    this.form.reset(directoryValues(person));
  }

  private resetRoles(person: UserDetail): void {
    // Checkboxes edit the organisation-wide grants; program-scoped ones are managed per program.
    const orgWide = (person.grants ?? []).filter((grant) => grant.programId === null);
    const held = new Set<Role>(orgWide.length ? orgWide.map((grant) => grant.role) : person.roles);
    this.rolesForm.reset({
      admin: held.has('admin'),
      mentor: held.has('mentor'),
      mentee: held.has('mentee'),
      executive: held.has('executive'),
    });
  }
}
