import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
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
import { MatDividerModule } from '@angular/material/divider';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  DirectoryFacets,
  InvitationResult,
  PERMISSIONS,
  Role,
  ROLE_LABELS,
  ROLES,
  SeniorityLevel,
  UpdateUserRequest,
  UserDetail,
} from '@mentorbridge/shared-contracts';
import { AuthStore, UsersApi } from '@mentorbridge/web-identity-data-access';
import {
  applyServerErrors,
  controlErrorMessage,
  httpStatusOf,
  toApiError,
} from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  confirmAction,
  EmptyStateComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { filter, firstValueFrom, merge } from 'rxjs';
import { blankToNull } from '../shared/form-utils';
import { SENIORITY_OPTIONS, statusLabel, USER_STATUS_CHIP } from '../shared/labels';
import { LanguagesFieldComponent } from '../shared/languages-field.component';
import {
  ManagerFieldComponent,
  managerIdOf,
  managerPicked,
  ManagerValue,
} from '../shared/manager-field.component';
import { timeZoneOptions } from '../shared/time-zones';
import { InvitationLinkComponent } from './invitation-link.component';

const DIRECTORY_LABELS: Record<string, string> = {
  displayName: 'Name',
  department: 'Department',
  title: 'Job title',
  manager: 'Manager',
  location: 'Location',
  seniorityLevel: 'Seniority',
  languages: 'Languages',
  timeZone: 'Time zone',
};

export interface PersonDialogData {
  id: string;
  facets: DirectoryFacets | null;
  /** Called after every saved change so the list behind the dialog stays current. */
  onChanged: () => void;
}

type DirectoryForm = FormGroup<{
  displayName: FormControl<string>;
  department: FormControl<string>;
  title: FormControl<string>;
  manager: FormControl<ManagerValue>;
  location: FormControl<string>;
  seniorityLevel: FormControl<SeniorityLevel | null>;
  languages: FormControl<string[]>;
  timeZone: FormControl<string | null>;
}>;

/** One person's record: directory fields, roles, status and invitation link. */
@Component({
  selector: 'mb-person-dialog',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatDividerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    StatusChipComponent,
    InvitationLinkComponent,
    LanguagesFieldComponent,
    ManagerFieldComponent,
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
  protected readonly seniorityOptions = SENIORITY_OPTIONS;
  protected readonly statusChip = USER_STATUS_CHIP;
  protected readonly statusLabel = statusLabel;
  protected readonly departments = this.data.facets?.departments ?? [];
  protected readonly locations = this.data.facets?.locations ?? [];

  protected readonly person = rxResource({ stream: () => this.usersApi.get(this.data.id) });
  protected readonly isSelf = computed(() => this.store.user()?.id === this.data.id);
  protected readonly canManage = computed(() =>
    this.store.permissions().includes(PERMISSIONS.usersManage),
  );
  protected readonly canAssignRoles = computed(() =>
    this.store.permissions().includes(PERMISSIONS.rolesAssign),
  );
  protected readonly timeZones = computed(() =>
    timeZoneOptions(this.person.hasValue() ? this.person.value().timeZone : null),
  );

  protected readonly form: DirectoryForm = new FormGroup({
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(120)],
    }),
    department: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(120)] }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(120)] }),
    manager: new FormControl<ManagerValue>(null, { validators: [managerPicked] }),
    location: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(120)] }),
    seniorityLevel: new FormControl<SeniorityLevel | null>(null),
    languages: new FormControl<string[]>([], { nonNullable: true }),
    timeZone: new FormControl<string | null>(null),
  });
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
    merge(
      this.dialogRef.backdropClick(),
      this.dialogRef.keydownEvents().pipe(filter((event) => event.key === 'Escape')),
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() => void this.close());
  }

  protected errorFor(name: keyof DirectoryForm['controls'], label: string): string | null {
    return controlErrorMessage(this.form.controls[name], label);
  }

  protected async close(): Promise<void> {
    if (this.form.dirty || this.rolesForm.dirty) {
      const discard = await confirmAction(this.dialog, {
        title: 'Discard unsaved changes?',
        message: 'Some changes to this person are not saved yet.',
        confirmLabel: 'Discard changes',
        cancelLabel: 'Keep editing',
        destructive: true,
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
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formError.set('Check the highlighted fields.');
      return;
    }
    const value = this.form.getRawValue();
    const request: UpdateUserRequest = {
      displayName: value.displayName.trim(),
      department: blankToNull(value.department),
      title: blankToNull(value.title),
      managerId: managerIdOf(value.manager),
      location: blankToNull(value.location),
      seniorityLevel: value.seniorityLevel,
      languages: value.languages,
      timeZone: value.timeZone || null,
    };
    await this.run(
      'details',
      async () => {
        const updated = await firstValueFrom(this.usersApi.update(this.data.id, request));
        this.person.set(updated);
        this.resetForm(updated);
        this.formError.set(null);
        this.snackBar.open(`${updated.displayName}'s record is saved.`, 'OK', { duration: 4000 });
      },
      (error) => {
        const unmatched = applyServerErrors(this.form, toApiError(error), {
          aliases: { managerId: 'manager' },
          labels: DIRECTORY_LABELS,
        });
        this.formError.set(
          unmatched.length ? unmatched.join(' ') : 'Check the highlighted fields.',
        );
      },
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
    this.form.reset({
      displayName: person.displayName,
      department: person.department ?? '',
      title: person.title ?? '',
      manager: person.manager,
      location: person.location ?? '',
      seniorityLevel: person.seniorityLevel,
      languages: [...person.languages],
      timeZone: person.timeZone,
    });
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
