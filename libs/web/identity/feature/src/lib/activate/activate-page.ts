import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthApi, AuthStore } from '@mentorbridge/web-identity-data-access';
import { httpStatusOf } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
} from '@mentorbridge/web-shared-ui';
import { map } from 'rxjs';
import { showErrorsIfInvalid, showServerErrors } from '../shared/form-utils';
import { newPasswordForm } from '../shared/new-password';
import { NewPasswordFieldsComponent } from '../shared/new-password-fields.component';

/** First visit from an invitation link: choose a password, then land on the home page. */
@Component({
  selector: 'mb-activate-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    NewPasswordFieldsComponent,
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

  protected readonly form = newPasswordForm();
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    const token = this.token();
    if (this.pending() || !token) {
      return;
    }
    if (showErrorsIfInvalid(this.form)) {
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
        this.error.set(
          showServerErrors(this.form, error, { labels: { password: 'Password' } }, null),
        );
      }
    } finally {
      this.pending.set(false);
    }
  }
}
