import { AbstractControl, FormGroup } from '@angular/forms';
import { ApiError } from '@mentorbridge/shared-contracts';

/**
 * Puts the server's per-field messages (400 `details`) on the matching form controls as a
 * `server` error, so they show next to the field. Returns the messages that matched no control;
 * show those in a summary banner. `aliases` maps server field paths to control names.
 */
export function applyServerErrors(
  form: FormGroup,
  error: ApiError,
  aliases: Record<string, string> = {},
): string[] {
  const unmatched: string[] = [];
  for (const detail of error.details ?? []) {
    const path = aliases[detail.field] ?? detail.field;
    const control = findControl(form, path);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: detail.message });
      control.markAsTouched();
    } else {
      unmatched.push(detail.message);
    }
  }
  if (!error.details?.length) {
    unmatched.push(error.message);
  }
  return unmatched;
}

function findControl(form: FormGroup, path: string): AbstractControl | null {
  const direct = form.get(path);
  if (direct) {
    return direct;
  }
  // `languages.2` → the `languages` control.
  const head = path.split('.')[0];
  return head ? form.get(head) : null;
}

/** The message to show under a control: the first error in plain words. */
export function controlErrorMessage(
  control: AbstractControl | null,
  label: string,
): string | null {
  if (!control?.errors) {
    return null;
  }
  const errors = control.errors;
  if (errors['server']) {
    return String(errors['server']);
  }
  // Custom validators may carry their own plain-words message.
  const custom = Object.values(errors).find((value) => typeof value === 'string');
  if (typeof custom === 'string') {
    return custom;
  }
  if (errors['required']) {
    return `Enter ${label.toLowerCase()}.`;
  }
  if (errors['email']) {
    return 'Enter an email address like name@example.org.';
  }
  if (errors['minlength']) {
    const required = (errors['minlength'] as { requiredLength: number }).requiredLength;
    return `${label} must be at least ${required} characters.`;
  }
  if (errors['maxlength']) {
    const allowed = (errors['maxlength'] as { requiredLength: number }).requiredLength;
    return `${label} can be at most ${allowed} characters.`;
  }
  return `Check ${label.toLowerCase()}.`;
}
