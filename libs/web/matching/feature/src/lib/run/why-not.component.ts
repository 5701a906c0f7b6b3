import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatchPersonView, PairExplanation } from '@mentorbridge/shared-contracts';
import { MatchingApi, personLine } from '@mentorbridge/web-matching-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom, startWith } from 'rxjs';
import { searchable } from '../shared/format';
import { PairBreakdownComponent } from '../ui/pair-breakdown.component';

/** Typed text, or the person picked from the suggestions. */
type PersonValue = MatchPersonView | string | null;

function picked(value: PersonValue): MatchPersonView | null {
  return value && typeof value === 'object' ? value : null;
}

function personPicked(role: string) {
  return (control: AbstractControl<PersonValue>): ValidationErrors | null =>
    picked(control.value) ? null : { pick: `Pick a ${role} from the list.` };
}

/** Suggestions for what was typed: people whose name, title or department contain it. */
function suggest(people: readonly MatchPersonView[], value: PersonValue): MatchPersonView[] {
  const term = typeof value === 'string' ? searchable(value.trim()) : '';
  const matches = term
    ? people.filter((p) => searchable(p.displayName, p.title, p.department).includes(term))
    : people;
  return matches.slice(0, 50);
}

/**
 * "Why not?": pick any mentor and mentee of the run and see how they would score together, or
 * which hard rule keeps them apart, in plain words.
 */
@Component({
  selector: 'mb-why-not',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    BannerComponent,
    PairBreakdownComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="why-not-heading" class="title">Why not?</h2>
    <p class="hint">
      Pick any mentor and mentee of this run to see how they would score together, or which rule
      keeps them apart.
    </p>
    <form
      class="pickers"
      [formGroup]="form"
      (ngSubmit)="explain()"
      novalidate
      aria-labelledby="why-not-heading"
    >
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Mentor</mat-label>
        <input
          #mentorInput
          matInput
          type="text"
          autocomplete="off"
          formControlName="mentor"
          [matAutocomplete]="mentorAuto"
          data-testid="why-not-mentor"
        />
        <mat-autocomplete #mentorAuto="matAutocomplete" [displayWith]="displayWith">
          @for (person of mentorOptions(); track person.userId) {
            <mat-option [value]="person">
              {{ person.displayName }} <small class="muted">{{ line(person) }}</small>
            </mat-option>
          }
        </mat-autocomplete>
        @if (mentor.touched && mentor.errors?.['pick']; as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Mentee</mat-label>
        <input
          matInput
          type="text"
          autocomplete="off"
          formControlName="mentee"
          [matAutocomplete]="menteeAuto"
          data-testid="why-not-mentee"
        />
        <mat-autocomplete #menteeAuto="matAutocomplete" [displayWith]="displayWith">
          @for (person of menteeOptions(); track person.userId) {
            <mat-option [value]="person">
              {{ person.displayName }} <small class="muted">{{ line(person) }}</small>
            </mat-option>
          }
        </mat-autocomplete>
        @if (mentee.touched && mentee.errors?.['pick']; as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <button
        mat-flat-button
        type="submit"
        class="explain"
        [disabled]="loading()"
        data-testid="why-not-explain"
      >
        Explain
      </button>
    </form>

    <div aria-live="polite">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Looking at the pair" />
      } @else if (problem(); as message) {
        <mb-banner tone="error" title="We couldn't explain this pair">{{ message }}</mb-banner>
      } @else if (result(); as pair) {
        <mb-pair-breakdown
          class="result"
          data-testid="why-not-result"
          headingId="why-not-result-heading"
          [mentor]="pair.mentor"
          [mentee]="pair.mentee"
          [score]="pair.score"
          [criteria]="pair.criteria"
          [forbidden]="pair.forbidden"
          [proposed]="pair.proposed"
        />
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    .hint {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .pickers {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 12px;
      margin-bottom: 12px;
    }
    .pickers mat-form-field {
      flex: 1 1 240px;
    }
    .explain {
      flex: none;
      margin-top: 8px;
    }
    .muted {
      margin-left: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .result {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
  `,
})
export class WhyNotComponent {
  private readonly api = inject(MatchingApi);

  readonly runId = input.required<string>();
  readonly mentors = input.required<readonly MatchPersonView[]>();
  readonly mentees = input.required<readonly MatchPersonView[]>();

  private readonly mentorInput = viewChild<ElementRef<HTMLInputElement>>('mentorInput');

  protected readonly mentor = new FormControl<PersonValue>(null, personPicked('mentor'));
  protected readonly mentee = new FormControl<PersonValue>(null, personPicked('mentee'));
  protected readonly form = new FormGroup({ mentor: this.mentor, mentee: this.mentee });
  private readonly mentorValue = toSignal(
    this.mentor.valueChanges.pipe(startWith(this.mentor.value)),
    { initialValue: null },
  );
  private readonly menteeValue = toSignal(
    this.mentee.valueChanges.pipe(startWith(this.mentee.value)),
    { initialValue: null },
  );
  protected readonly mentorOptions = computed(() => suggest(this.mentors(), this.mentorValue()));
  protected readonly menteeOptions = computed(() => suggest(this.mentees(), this.menteeValue()));

  protected readonly loading = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly result = signal<PairExplanation | null>(null);

  protected readonly displayWith = (value: PersonValue): string =>
    typeof value === 'string' ? value : (value?.displayName ?? '');

  protected line(person: MatchPersonView): string {
    return personLine(person);
  }

  /** Starts a question about this mentee ("why is nobody paired with them?"). */
  askAbout(mentee: MatchPersonView): void {
    this.mentee.setValue(mentee);
    this.result.set(null);
    this.problem.set(null);
    this.mentorInput()?.nativeElement.focus();
  }

  protected async explain(): Promise<void> {
    const mentor = picked(this.mentor.value);
    const mentee = picked(this.mentee.value);
    if (!mentor || !mentee) {
      this.mentor.markAsTouched();
      this.mentee.markAsTouched();
      return;
    }
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.result.set(
        await firstValueFrom(this.api.explain(this.runId(), mentor.userId, mentee.userId)),
      );
    } catch (error) {
      this.result.set(null);
      this.problem.set(toApiError(error).message);
    } finally {
      this.loading.set(false);
    }
  }
}
