import { COMMA, ENTER, SEMICOLON } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { controlErrorMessage } from '@mentorbridge/web-shared-data-access';
import { controlState } from './form-utils';

/** Languages as chips: type one, press Enter or comma; remove with the chip's button. */
@Component({
  selector: 'mb-languages-field',
  imports: [ReactiveFormsModule, MatChipsModule, MatFormFieldModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [formControl]="control()" [attr.aria-label]="label()">
        @for (language of languages(); track language) {
          <mat-chip-row (removed)="remove(language)">
            {{ language }}
            <button matChipRemove type="button" [attr.aria-label]="'Remove ' + language">
              <mat-icon aria-hidden="true" fontIcon="cancel" />
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <!-- The input sits beside the grid, not in it: a grid may only contain rows (ARIA). -->
      <input
        class="chip-input"
        [placeholder]="languages().length ? 'Add another language' : 'e.g. English'"
        [matChipInputFor]="grid"
        [matChipInputSeparatorKeyCodes]="separators"
        [matChipInputAddOnBlur]="true"
        (matChipInputTokenEnd)="add($event)"
      />
      <mat-hint>Press Enter or comma after each language.</mat-hint>
      @if (error()) {
        <mat-error>{{ error() }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    .field {
      width: 100%;
    }
    .chip-input {
      width: 100%;
    }
  `,
})
export class LanguagesFieldComponent {
  readonly control = input.required<FormControl<string[]>>();
  readonly label = input('Languages');
  protected readonly separators = [ENTER, COMMA, SEMICOLON] as const;
  private readonly state = controlState(this.control);
  protected readonly languages = computed(() => this.state()?.value ?? this.control().value ?? []);
  protected readonly error = computed(() => {
    this.state();
    return controlErrorMessage(this.control(), this.label());
  });

  protected add(event: MatChipInputEvent): void {
    const value = event.value.trim();
    const current = this.control().value ?? [];
    if (value && !current.some((item) => item.toLowerCase() === value.toLowerCase())) {
      this.control().setValue([...current, value]);
      this.control().markAsDirty();
    }
    event.chipInput.clear();
  }

  protected remove(language: string): void {
    const current = this.control().value ?? [];
    this.control().setValue(current.filter((item) => item !== language));
    this.control().markAsDirty();
  }
}
