import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { PulseView } from '@mentorbridge/shared-contracts';
import { SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

const SCORES = [1, 2, 3, 4, 5] as const;
const SCORE_LABELS: Readonly<Record<number, string>> = {
  1: 'Very unhappy',
  2: 'Unhappy',
  3: 'Okay',
  4: 'Happy',
  5: 'Very happy',
};

/** Open pulse check-ins: one tap from 1 to 5; the answer goes to HR, never to the partner. */
@Component({
  selector: 'mb-pulse-checkins',
  imports: [MatButtonModule, MatCardModule, BannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pulses.hasValue()) {
      @for (pulse of pulses.value(); track pulse.id) {
        <mat-card appearance="outlined" class="pulse" data-testid="pulse-card">
          <mat-card-content>
            <h3 class="title" [id]="'pulse-' + pulse.id">
              How is your mentoring with {{ pulse.about.partner }} going?
            </h3>
            <p class="muted">
              {{ pulse.about.programName }} · only HR sees your answer, never
              {{ pulse.about.partner }}.
            </p>
            @if (problem(); as message) {
              <mb-banner tone="error" title="Your answer was not saved">{{ message }}</mb-banner>
            }
            <div class="scores" role="group" [attr.aria-labelledby]="'pulse-' + pulse.id">
              @for (score of scores; track score) {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="answering() === pulse.id"
                  [attr.aria-label]="score + ' — ' + labels[score]"
                  [attr.data-testid]="'pulse-' + score"
                  (click)="answer(pulse, score)"
                >
                  {{ score }}
                </button>
              }
            </div>
            <p class="muted small">1 = {{ labels[1] }}, 5 = {{ labels[5] }}</p>
          </mat-card-content>
        </mat-card>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .pulse {
      margin-bottom: 16px;
    }
    .title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 8px;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .scores {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin-bottom: 4px;
    }
    .scores button {
      min-width: 48px;
    }
  `,
})
export class PulseCheckinsComponent {
  private readonly api = inject(SessionsApi);
  protected readonly pulses = rxResource({ stream: () => this.api.openPulses() });
  protected readonly scores = SCORES;
  protected readonly labels = SCORE_LABELS;
  protected readonly answering = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  protected async answer(pulse: PulseView, satisfaction: number): Promise<void> {
    if (this.answering()) {
      return;
    }
    this.answering.set(pulse.id);
    this.problem.set(null);
    try {
      await firstValueFrom(this.api.answerPulse(pulse.id, { satisfaction }));
      this.pulses.update((list) => list?.filter((p) => p.id !== pulse.id));
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.answering.set(null);
    }
  }
}
