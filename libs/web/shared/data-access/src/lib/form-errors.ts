import { AbstractControl, FormGroup } from '@angular/forms';
import { ApiError, FieldError } from '@mentorbridge/shared-contracts';

/** `managerId` → "Manager id", `manager_email` → "Manager email", `rows.3.email` → "Email". */
export function humanizeField(field: string): string {
  const leaf =
    field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? field;
  const words = leaf
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A field message as a sentence people can read on its own. The API's field messages are
 * predicates (`is required`, `must be at most 120 characters`) or class-validator texts that
 * start with the property (`email must be an email`): both get the field's label in front.
 */
export function fieldSentence(detail: FieldError, label?: string): string {
  const leaf = detail.field.split('.').pop() ?? detail.field;
  const name = label ?? humanizeField(detail.field);
  let message = detail.message.trim();
  if (message.startsWith(`${leaf} `)) {
    message = message.slice(leaf.length + 1);
  } else if (/^[A-Z]/.test(message)) {
    return withPeriod(message);
  }
  return withPeriod(`${name} ${message}`);
}

function withPeriod(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export interface ServerErrorOptions {
  /** Server field path → control name (`managerId` → `manager`). */
  aliases?: Record<string, string>;
  /** Control name → label people see (`displayName` → `Name`). */
  labels?: Record<string, string>;
}

/**
 * Puts the server's per-field messages (400 `details`) on the matching form controls as a
 * `server` error, so they show next to the field. Returns the messages that matched no control;
 * show those in a summary banner.
 */
export function applyServerErrors(
  form: FormGroup,
  error: ApiError,
  options: ServerErrorOptions = {},
): string[] {
  const { aliases = {}, labels = {} } = options;
  const unmatched: string[] = [];
  for (const detail of error.details ?? []) {
    const path = aliases[detail.field] ?? detail.field;
    const control = findControl(form, path);
    // Name the field as the form does: its label, else the control's (aliased) name.
    const label = labels[path] ?? labels[path.split('.')[0] ?? path] ?? humanizeField(path);
    const sentence = fieldSentence(detail, label);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: sentence });
      control.markAsTouched();
    } else {
      unmatched.push(sentence);
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
export function controlErrorMessage(control: AbstractControl | null, label: string): string | null {
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
