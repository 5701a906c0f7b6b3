import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@mentorbridge/shared-contracts';
import { AuthApi, AuthStore } from '@mentorbridge/web-identity-data-access';
import {
  applyServerErrors,
  controlErrorMessage,
  httpStatusOf,
  toApiError,
} from '@mentorbridge/web-shared-data-access';
import { BannerComponent, EmptyStateComponent } from '@mentorbridge/web-shared-ui';
import { map } from 'rxjs';
import { matchingPasswords } from '../shared/form-utils';

/** First visit from an invitation link: choose a password, then land on the home page. */
@Component({
  selector: 'mb-activate-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    BannerComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './activate-page.html',
  styleUrl: './activate-page.scss',
})
export class ActivatePage {
  private readonly api = inject(AuthApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly token = toSignal(
    this.route.queryParamMap.pipe(map((params) => params.get('token')?.trim() || null)),
    { initialValue: this.route.snapshot.queryParamMap.get('token')?.trim() || null },
  );
  protected readonly invitation = rxResource({
    params: () => this.token() ?? undefined,
    stream: ({ params }) => this.api.activationInfo(params),
  });
  /** Why the link cannot be used, or null while it looks fine. */
  protected readonly linkProblem = computed(() => {
    if (!this.token()) {
      return 'invalid' as const;
    }
    if (this.invitation.status() !== 'error') {
      return null;
    }
    return httpStatusOf(this.invitation.error()) === 404
      ? ('invalid' as const)
      : ('failed' as const);
  });

  protected readonly form = new FormGroup(
    {
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
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected errorFor(name: 'password' | 'confirm'): string | null {
    const control = this.form.controls[name];
    if (name === 'confirm' && control.hasError('required')) {
      return 'Type the password again.';
    }
    return controlErrorMessage(control, 'Password');
  }

  protected async submit(): Promise<void> {
    const token = this.token();
    if (this.pending() || !token) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    try {
      await this.store.activate({ token, password: this.form.controls.password.value });
      this.form.reset();
      await this.router.navigateByUrl('/');
    } catch (error: unknown) {
      const status = httpStatusOf(error);
      if (status === 404) {
        this.error.set(
          'This invitation link is no longer valid. Ask your HR lead to send you a new one.',
        );
      } else if (status === 400) {
        const unmatched = applyServerErrors(this.form, toApiError(error), {
          labels: { password: 'Password' },
        });
        this.error.set(unmatched.length ? unmatched.join(' ') : null);
      }
    } finally {
      this.pending.set(false);
    }
  }
}
