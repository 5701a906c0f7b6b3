import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PASSWORD_MIN_LENGTH } from '@mentorbridge/shared-contracts';
import { controlErrorMessage } from '@mentorbridge/web-shared-data-access';
import { controlState } from './form-utils';
import { NewPasswordForm } from './new-password';
import { TextFieldComponent } from './text-field.component';

/**
 * "New password" and its confirmation, with the length hint and plain-words errors (including
 * "The passwords don't match."). Build the group with `newPasswordForm()`. The two fields sit
 * directly in the surrounding form's layout.
 */
@Component({
  selector: 'mb-new-password-fields',
  imports: [TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mb-text-field
      type="password"
      label="New password"
      autocomplete="new-password"
      required
      [hint]="hint()"
      [errorMessage]="passwordError()"
      [control]="group().controls.password"
    />
    <mb-text-field
      type="password"
      [label]="confirmLabel()"
      autocomplete="new-password"
      required
      [errorMessage]="confirmError()"
      [control]="group().controls.confirm"
    />
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class NewPasswordFieldsComponent {
  readonly group = input.required<NewPasswordForm>();
  /**
   * How the page calls the password in the confirm label and the errors: "password" when it is
   * the only one, "new password" next to a current password.
   */
  readonly noun = input('password');
  /** Said after "At least 10 characters." */
  readonly extraHint = input('');

  /** The group's state: a change of one field can add or clear the other's mismatch error. */
  private readonly state = controlState(this.group);
  protected readonly hint = computed(() =>
    [`At least ${PASSWORD_MIN_LENGTH} characters.`, this.extraHint()].filter(Boolean).join(' '),
  );
  protected readonly confirmLabel = computed(() => `Confirm ${this.noun()}`);
  /** Names the password in error messages: "Password must be at least 10 characters." */
  private readonly errorLabel = computed(
    () => this.noun().charAt(0).toUpperCase() + this.noun().slice(1),
  );
  protected readonly passwordError = computed(() => {
    this.state();
    return controlErrorMessage(this.group().controls.password, this.errorLabel());
  });
  protected readonly confirmError = computed(() => {
    this.state();
    const confirm = this.group().controls.confirm;
    return confirm.hasError('required')
      ? `Type the ${this.noun()} again.`
      : controlErrorMessage(confirm, this.errorLabel());
  });
}
