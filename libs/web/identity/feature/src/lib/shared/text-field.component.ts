import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { controlErrorMessage } from '@mentorbridge/web-shared-data-access';
import { controlState } from './form-utils';

/**
 * A labelled text field with its error in plain words. Given `suggestions`, it offers them while
 * typing (free text stays allowed).
 */
@Component({
  selector: 'mb-text-field',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [type]="type()"
        [formControl]="control()"
        [required]="required()"
        [placeholder]="placeholder()"
        [matAutocomplete]="auto"
        [matAutocompleteDisabled]="!suggestions()"
        [autocomplete]="suggestions() ? 'off' : autocomplete()"
      />
      <mat-autocomplete #auto="matAutocomplete">
        @for (suggestion of suggestions() ?? []; track suggestion) {
          <mat-option [value]="suggestion">{{ suggestion }}</mat-option>
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      @if (message(); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
  `,
})
export class TextFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  /** How error messages name the field ("Enter your name."), if not by its label. */
  readonly errorLabel = input<string | null>(null);
  readonly type = input<'text' | 'email' | 'password'>('text');
  readonly required = input(false, { transform: booleanAttribute });
  /** The browser's autofill hint, e.g. `name`, `current-password` or `off`. */
  readonly autocomplete = input('on');
  readonly placeholder = input('');
  readonly hint = input('');
  /** Values to offer while typing; null for a plain text field. */
  readonly suggestions = input<readonly string[] | null>(null);

  /** Shown instead of the control's own error, when the parent works the message out. */
  readonly errorMessage = input<string | null>();

  private readonly state = controlState(this.control);
  protected readonly message = computed(() => {
    const given = this.errorMessage();
    if (given !== undefined) {
      return given;
    }
    this.state();
    return controlErrorMessage(this.control(), this.errorLabel() ?? this.label());
  });
}
