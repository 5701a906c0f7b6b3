import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  FIT_CONTINUE_ANSWERS,
  FIT_CONTINUE_LABELS,
  FitContinueAnswer,
} from '@mentorbridge/shared-contracts';
import { ClosureApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { FIT_SCALE } from '../closure/closure-format';

/**
 * The short pairing-fit check after the first session: how well it works (1–5), whether to carry
 * on and an optional comment. Answers go to HR only; a poor answer offers a no-fault exit.
 */
@Component({
  selector: 'mb-fit-check',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (fit.hasValue()) {
      @let check = fit.value();
      @if (check.due) {
        <section class="card" aria-labelledby="fit-heading" data-testid="fit-card">
          <h2 id="fit-heading" class="title">How is it going with {{ partner() }}?</h2>
          <p class="private" data-testid="fit-privacy">
            <mat-icon aria-hidden="true" fontIcon="lock" />
            Your answer goes to HR only. {{ partner() }} never sees it.
          </p>
          @if (problem(); as message) {
            <mb-banner tone="error" title="Your answer was not sent">{{ message }}</mb-banner>
          }
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <p id="fit-scale-label" class="label">How well does the pairing work so far?</p>
            <mat-radio-group
              formControlName="fit"
              class="options"
              aria-labelledby="fit-scale-label"
              data-testid="fit-scale"
            >
              @for (option of scale; track option.value) {
                <mat-radio-button [value]="option.value"
                  >{{ option.value }} · {{ option.label }}</mat-radio-button
                >
              }
            </mat-radio-group>
            @if (form.controls.fit.invalid && form.controls.fit.touched) {
              <p class="error" role="alert">Choose how well it works, from 1 to 5.</p>
            }
            <p id="fit-continue-label" class="label">Would you like to carry on together?</p>
            <mat-radio-group
              formControlName="continue"
              class="options"
              aria-labelledby="fit-continue-label"
              data-testid="fit-continue"
            >
              @for (answer of answers; track answer) {
                <mat-radio-button [value]="answer">{{ answerLabels[answer] }}</mat-radio-button>
              }
            </mat-radio-group>
            @if (form.controls.continue.invalid && form.controls.continue.touched) {
              <p class="error" role="alert">Choose one answer.</p>
            }
            <mat-form-field class="wide" subscriptSizing="dynamic">
              <mat-label>Anything HR should know? (optional)</mat-label>
              <textarea
                matInput
                rows="2"
                maxlength="2000"
                formControlName="comment"
                data-testid="fit-comment"
              ></textarea>
            </mat-form-field>
            <div class="actions">
              <button mat-flat-button type="submit" [disabled]="saving()" data-testid="fit-send">
                Send to HR
              </button>
            </div>
          </form>
        </section>
      } @else if (answeredNow() || (check.poorFit && check.mine)) {
        <section class="card" aria-label="Pairing fit" data-testid="fit-done">
          @if (answeredNow()) {
            <p class="thanks" data-testid="fit-thanks">
              <mat-icon aria-hidden="true" fontIcon="check_circle" />
              Thank you. Your answer went to HR, not to {{ partner() }}.
            </p>
          }
          @if (check.poorFit) {
            <div class="exit" data-testid="fit-poor">
              <p>
                It sounds like this pairing is not working. You can end it with no fault: nobody is
                blamed, and you can be matched with someone new. Your answer is shared with HR only,
                never with {{ partner() }}.
              </p>
              <button
                mat-stroked-button
                type="button"
                (click)="endNoFault.emit()"
                data-testid="fit-end-no-fault"
              >
                End with no fault…
              </button>
            </div>
          }
        </section>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      margin-bottom: 16px;
      background: var(--mat-sys-surface-container-low);
    }
    .title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .private,
    .thanks {
      display: flex;
      gap: 8px;
      align-items: center;
      margin: 0 0 8px;
    }
    .label {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
    }
    .error {
      margin: 4px 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .wide {
      width: 100%;
      margin-top: 12px;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      margin-top: 8px;
    }
    .exit p {
      margin: 0 0 8px;
    }
    mb-banner {
      display: flex;
      margin-bottom: 8px;
    }
  `,
})
export class FitCheckComponent {
  private readonly api = inject(ClosureApi);

  readonly matchId = input.required<string>();
  readonly partner = input.required<string>();
  /** The person chose the no-fault exit: the page opens the early-closure dialog. */
  readonly endNoFault = output<void>();

  protected readonly scale = FIT_SCALE;
  protected readonly answers = FIT_CONTINUE_ANSWERS;
  protected readonly answerLabels = FIT_CONTINUE_LABELS;

  protected readonly fit = rxResource({
    params: () => this.matchId(),
    stream: ({ params }) => this.api.fit(params),
  });
  protected readonly form = new FormGroup({
    fit: new FormControl<number | null>(null, {
      validators: (control) => (control.value ? null : { required: true }),
    }),
    continue: new FormControl<FitContinueAnswer | null>(null, {
      validators: (control) => (control.value ? null : { required: true }),
    }),
    comment: new FormControl('', { nonNullable: true }),
  });
  protected readonly answeredNow = signal(false);
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { fit, continue: carryOn, comment } = this.form.getRawValue();
    this.saving.set(true);
    this.problem.set(null);
    try {
      const saved = await firstValueFrom(
        this.api.answerFit(this.matchId(), {
          fit: Number(fit),
          continue: carryOn as FitContinueAnswer,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        }),
      );
      this.answeredNow.set(true);
      this.fit.set(saved);
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}
