import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  FormGroupDirective,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { UpdateProfileRequest, UserDetail } from '@mentorbridge/shared-contracts';
import { AuthApi, AuthStore, ProfileApi } from '@mentorbridge/web-identity-data-access';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import {
  directoryFieldsForm,
  directoryRequest,
  directoryValues,
  showDirectoryServerErrors,
} from '../shared/directory-fields';
import { DirectoryFieldsComponent } from '../shared/directory-fields.component';
import { CHECK_FIELDS, showErrorsIfInvalid, showServerErrors } from '../shared/form-utils';
import { roleLabel, seniorityLabel } from '../shared/labels';
import { newPasswordForm } from '../shared/new-password';
import { NewPasswordFieldsComponent } from '../shared/new-password-fields.component';
import { TextFieldComponent } from '../shared/text-field.component';
import { browserTimeZone } from '../shared/time-zones';
import { HasUnsavedChanges } from '../shared/unsaved-changes.guard';

/** The person's own directory record, the fields they may change, and their password. */
@Component({
  selector: 'mb-profile-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    BannerComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    DirectoryFieldsComponent,
    NewPasswordFieldsComponent,
    TextFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-page.html',
  styleUrl: './profile-page.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class ProfilePage implements HasUnsavedChanges {
  private readonly profileApi = inject(ProfileApi);
  private readonly authApi = inject(AuthApi);
  private readonly store = inject(AuthStore);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly profile = rxResource({ stream: () => this.profileApi.get() });
  protected readonly roleLabel = roleLabel;
  protected readonly seniorityLabel = seniorityLabel;
  protected readonly detectedTimeZone = browserTimeZone();

  protected readonly detailsForm = directoryFieldsForm([
    'displayName',
    'location',
    'languages',
    'timeZone',
  ]);
  protected readonly savingDetails = signal(false);
  protected readonly detailsError = signal<string | null>(null);

  protected readonly passwordForm = new FormGroup({
    current: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    newPassword: newPasswordForm(),
  });
  protected readonly savingPassword = signal(false);
  protected readonly passwordError = signal<string | null>(null);

  constructor() {
    // Fill the form when the profile arrives, unless the person already started editing.
    effect(() => {
      const profile = this.profile.hasValue() ? this.profile.value() : null;
      if (profile && !this.detailsForm.dirty) {
        this.resetDetails(profile);
      }
    });
  }

  hasUnsavedChanges(): boolean {
    return this.detailsForm.dirty || this.passwordForm.dirty;
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) {
      event.preventDefault();
    }
  }

  protected useDetectedTimeZone(): void {
    if (this.detectedTimeZone) {
      this.detailsForm.controls.timeZone.setValue(this.detectedTimeZone);
      this.detailsForm.controls.timeZone.markAsDirty();
    }
  }

  protected async saveDetails(): Promise<void> {
    if (this.savingDetails()) {
      return;
    }
    if (showErrorsIfInvalid(this.detailsForm)) {
      this.detailsError.set(CHECK_FIELDS);
      return;
    }
    const request: UpdateProfileRequest = directoryRequest(this.detailsForm.getRawValue());
    this.savingDetails.set(true);
    this.detailsError.set(null);
    try {
      const updated = await firstValueFrom(this.profileApi.update(request));
      this.profile.set(updated);
      this.resetDetails(updated);
      this.store.patchUser({ displayName: updated.displayName });
      this.snackBar.open('Your details are saved.', 'OK', { duration: 4000 });
    } catch (error: unknown) {
      if (httpStatusOf(error) === 400) {
        this.detailsError.set(
          showDirectoryServerErrors(this.detailsForm, error, { displayName: 'Display name' }),
        );
      }
    } finally {
      this.savingDetails.set(false);
    }
  }

  protected discardDetails(): void {
    if (this.profile.hasValue()) {
      this.resetDetails(this.profile.value());
    }
    this.detailsError.set(null);
  }

  protected async changePassword(formDirective: FormGroupDirective): Promise<void> {
    if (this.savingPassword()) {
      return;
    }
    if (showErrorsIfInvalid(this.passwordForm)) {
      return;
    }
    const { current, newPassword } = this.passwordForm.getRawValue();
    this.savingPassword.set(true);
    this.passwordError.set(null);
    try {
      await firstValueFrom(
        this.authApi.changePassword({
          currentPassword: current,
          newPassword: newPassword.password,
        }),
      );
      formDirective.resetForm();
      this.passwordForm.reset();
      this.snackBar.open('Your password is changed.', 'OK', { duration: 4000 });
    } catch (error: unknown) {
      const status = httpStatusOf(error);
      if (status === 400) {
        this.passwordError.set(
          showServerErrors(
            this.passwordForm,
            error,
            {
              aliases: { currentPassword: 'current', newPassword: 'newPassword.password' },
              labels: { current: 'Current password', newPassword: 'New password' },
            },
            null,
          ),
        );
      } else if (status === 401 || status === 403) {
        const current = this.passwordForm.controls.current;
        current.setErrors({ server: toApiError(error).message });
        current.markAsTouched();
      }
    } finally {
      this.savingPassword.set(false);
    }
  }

  private resetDetails(profile: UserDetail): void {
    this.detailsForm.reset(directoryValues(profile));
  }
}
