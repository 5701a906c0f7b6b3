import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  UpdateProfileRequest,
  UserDetail,
} from '@mentorbridge/shared-contracts';
import { AuthApi, AuthStore, ProfileApi } from '@mentorbridge/web-identity-data-access';
import {
  applyServerErrors,
  controlErrorMessage,
  httpStatusOf,
  toApiError,
} from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { blankToNull, matchingPasswords } from '../shared/form-utils';
import { roleLabel, seniorityLabel } from '../shared/labels';
import { LanguagesFieldComponent } from '../shared/languages-field.component';
import { browserTimeZone, timeZoneOptions } from '../shared/time-zones';
import { HasUnsavedChanges } from '../shared/unsaved-changes.guard';

/** The person's own directory record, the fields they may change, and their password. */
@Component({
  selector: 'mb-profile-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    BannerComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    LanguagesFieldComponent,
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
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly roleLabel = roleLabel;
  protected readonly seniority = computed(() =>
    this.profile.hasValue() ? seniorityLabel(this.profile.value().seniorityLevel) : null,
  );
  protected readonly timeZones = computed(() =>
    timeZoneOptions(this.profile.hasValue() ? this.profile.value().timeZone : null),
  );
  protected readonly detectedTimeZone = browserTimeZone();

  protected readonly detailsForm = new FormGroup({
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(120)],
    }),
    location: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(120)] }),
    languages: new FormControl<string[]>([], { nonNullable: true }),
    timeZone: new FormControl<string | null>(null),
  });
  protected readonly savingDetails = signal(false);
  protected readonly detailsError = signal<string | null>(null);

  protected readonly passwordForm = new FormGroup(
    {
      current: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      password: new FormControl('', {
        nonNullable: true,
        validators: [
          Validators.required,
          Validators.minLength(PASSWORD_MIN_LENGTH),
          Validators.maxLength(PASSWORD_MAX_LENGTH),
        ],
      }),
      confirm: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    },
    { validators: matchingPasswords('password', 'confirm') },
  );
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

  protected detailsErrorFor(name: 'displayName' | 'location', label: string): string | null {
    return controlErrorMessage(this.detailsForm.controls[name], label);
  }

  protected passwordErrorFor(name: 'current' | 'password' | 'confirm'): string | null {
    const control = this.passwordForm.controls[name];
    if (name === 'current' && control.hasError('required')) {
      return 'Enter your current password.';
    }
    if (name === 'confirm' && control.hasError('required')) {
      return 'Type the new password again.';
    }
    return controlErrorMessage(control, 'New password');
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
    if (this.detailsForm.invalid) {
      this.detailsForm.markAllAsTouched();
      this.detailsError.set('Check the highlighted fields.');
      return;
    }
    const value = this.detailsForm.getRawValue();
    const request: UpdateProfileRequest = {
      displayName: value.displayName.trim(),
      location: blankToNull(value.location),
      languages: value.languages,
      timeZone: value.timeZone || null,
    };
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
        const unmatched = applyServerErrors(this.detailsForm, toApiError(error), {
          labels: {
            displayName: 'Display name',
            location: 'Location',
            languages: 'Languages',
            timeZone: 'Time zone',
          },
        });
        this.detailsError.set(
          unmatched.length ? unmatched.join(' ') : 'Check the highlighted fields.',
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
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      return;
    }
    const { current, password } = this.passwordForm.getRawValue();
    this.savingPassword.set(true);
    this.passwordError.set(null);
    try {
      await firstValueFrom(
        this.authApi.changePassword({ currentPassword: current, newPassword: password }),
      );
      formDirective.resetForm();
      this.passwordForm.reset();
      this.snackBar.open('Your password is changed.', 'OK', { duration: 4000 });
    } catch (error: unknown) {
      const status = httpStatusOf(error);
      const apiError = toApiError(error);
      if (status === 400) {
        const unmatched = applyServerErrors(this.passwordForm, apiError, {
          aliases: { currentPassword: 'current', newPassword: 'password' },
          labels: { current: 'Current password', password: 'New password' },
        });
        this.passwordError.set(unmatched.length ? unmatched.join(' ') : null);
      } else if (status === 401 || status === 403) {
        const current = this.passwordForm.controls.current;
        current.setErrors({ server: apiError.message });
        current.markAsTouched();
      }
    } finally {
      this.savingPassword.set(false);
    }
  }

  private resetDetails(profile: UserDetail): void {
    this.detailsForm.reset({
      displayName: profile.displayName,
      location: profile.location ?? '',
      languages: [...profile.languages],
      timeZone: profile.timeZone,
    });
  }
}
