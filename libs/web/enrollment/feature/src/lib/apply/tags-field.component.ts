import { COMMA, ENTER } from '@angular/cdk/keycodes';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { AnswerValue, FormQuestion } from '@mentorbridge/shared-contracts';
import { controlTick } from './form-signals';

/** Each entry at most this long (the API's rule). */
const TAG_MAX_LENGTH = 60;

/**
 * A list of free-text entries (skills, languages…) as chips: type and press Enter (or a comma),
 * or pick one of the question's suggestions. Backspace in the empty input moves to the last chip.
 */
@Component({
  selector: 'mb-tags-field',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="legend" [for]="inputId()">
      {{ question().label }}
      @if (question().required) {
        <span class="required" aria-hidden="true">*</span>
      }
    </label>
    <mat-form-field class="wide" subscriptSizing="dynamic">
      <mat-chip-grid
        #grid
        [formControl]="control()"
        [required]="question().required"
        [attr.aria-label]="question().label + ': your entries'"
      >
        @for (tag of tags(); track tag) {
          <mat-chip-row [value]="tag" (removed)="remove(tag)">
            {{ tag }}
            <button matChipRemove type="button" [attr.aria-label]="'Remove ' + tag">
              <mat-icon fontIcon="cancel" />
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <!-- The input sits beside the grid, not in it: a grid may only contain rows (ARIA). -->
      <input
        #entry
        class="chip-input"
        [id]="inputId()"
        [matChipInputFor]="grid"
        [matChipInputSeparatorKeyCodes]="separators"
        [matAutocomplete]="auto"
        [attr.maxlength]="maxLength"
        (matChipInputTokenEnd)="add($event)"
        (input)="draft.set(entry.value)"
        [attr.data-testid]="'tags-input-' + question().key"
        [attr.aria-required]="question().required"
        [placeholder]="tags().length ? 'Add another' : 'Type and press Enter'"
      />
      <mat-autocomplete #auto="matAutocomplete" (optionSelected)="selected($event)">
        @for (suggestion of suggestions(); track suggestion) {
          <mat-option [value]="suggestion">{{ suggestion }}</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ hint() }}</mat-hint>
      @if (error(); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    .chip-input {
      width: 100%;
    }
    .legend {
      display: block;
      margin-bottom: 4px;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
    .required {
      color: var(--mat-sys-error);
    }
  `,
})
export class TagsFieldComponent {
  readonly question = input.required<FormQuestion>();
  readonly control = input.required<FormControl<AnswerValue>>();
  /** The message to show, already in plain words (null when fine or not touched yet). */
  readonly error = input<string | null>(null);

  protected readonly separators = [ENTER, COMMA] as const;
  protected readonly maxLength = TAG_MAX_LENGTH;
  protected readonly draft = signal('');
  private readonly entry = viewChild.required<ElementRef<HTMLInputElement>>('entry');
  private readonly tick = controlTick(this.control);

  protected readonly inputId = computed(() => `q-${this.question().key}`);
  protected readonly tags = computed(() => {
    this.tick();
    const value = this.control().value;
    return Array.isArray(value) ? value : [];
  });
  /** Suggestions not chosen yet that contain what is being typed. */
  protected readonly suggestions = computed(() => {
    const chosen = new Set(this.tags().map((tag) => tag.toLowerCase()));
    const typed = this.draft().trim().toLowerCase();
    return (this.question().suggestions ?? []).filter(
      (s) => !chosen.has(s.toLowerCase()) && (!typed || s.toLowerCase().includes(typed)),
    );
  });
  protected readonly hint = computed(() => {
    const help = this.question().help;
    const how = 'Type and press Enter to add, or pick a suggestion.';
    return help ? `${help} ${how}` : how;
  });

  protected add(event: MatChipInputEvent): void {
    this.push(event.value);
    event.chipInput.clear();
    this.draft.set('');
  }

  protected selected(event: MatAutocompleteSelectedEvent): void {
    this.push(String(event.option.value));
    this.entry().nativeElement.value = '';
    this.draft.set('');
    event.option.deselect();
  }

  protected remove(tag: string): void {
    this.set(this.tags().filter((existing) => existing !== tag));
  }

  private push(raw: string): void {
    const tag = raw.trim().slice(0, TAG_MAX_LENGTH);
    if (!tag || this.tags().some((existing) => existing.toLowerCase() === tag.toLowerCase())) {
      return;
    }
    this.set([...this.tags(), tag]);
  }

  private set(tags: string[]): void {
    const control = this.control();
    control.setValue(tags);
    control.markAsDirty();
    control.markAsTouched();
  }
}
