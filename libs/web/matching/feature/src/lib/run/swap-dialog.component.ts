import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  HARD_RULE_LABELS,
  MatchProposalView,
  MatchRunDetail,
  PairExplanation,
} from '@mentorbridge/shared-contracts';
import { MatchingApi } from '@mentorbridge/web-matching-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom, forkJoin } from 'rxjs';
import { formatScore, formatSigned } from '../shared/format';

export interface SwapDialogData {
  runId: string;
  first: MatchProposalView;
  second: MatchProposalView;
}

interface PairLine {
  mentor: string;
  mentee: string;
  score: string;
  /** Plain words for the hard rules the pair breaks (after the swap only). */
  forbidden: string[];
}

/**
 * Confirms a swap of two proposals' mentors, showing both pairs' scores before and after (from
 * the explain endpoint) and any hard rule a new pair would break. Closes with the updated run.
 */
@Component({
  selector: 'mb-swap-dialog',
  imports: [MatButtonModule, MatDialogModule, MatProgressBarModule, BannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Swap the mentors of these pairs?</h2>
    <mat-dialog-content>
      @if (problem(); as message) {
        <mb-banner tone="error" title="The pairs were not swapped" data-testid="swap-problem">
          {{ message }}
        </mb-banner>
      }
      <div class="compare">
        <section aria-labelledby="swap-before">
          <h3 id="swap-before" class="column-title">Now</h3>
          @for (line of before; track $index) {
            <p class="pair">
              <span>{{ line.mentor }} → {{ line.mentee }}</span>
              <span class="score"
                ><span class="visually-hidden">, score </span>{{ line.score }}</span
              >
            </p>
          }
          <p class="total">Together {{ beforeTotalText }}</p>
        </section>
        <section aria-labelledby="swap-after">
          <h3 id="swap-after" class="column-title">After the swap</h3>
          @if (after(); as lines) {
            @for (line of lines; track $index) {
              <p class="pair" data-testid="swap-after-pair">
                <span>{{ line.mentor }} → {{ line.mentee }}</span>
                <span class="score"
                  ><span class="visually-hidden">, score </span>{{ line.score }}</span
                >
              </p>
              @for (rule of line.forbidden; track rule) {
                <p class="forbidden">{{ rule }}</p>
              }
            }
            @if (change(); as delta) {
              <p class="total" data-testid="swap-change">
                Together {{ delta.total }} ({{ delta.change }})
              </p>
            }
          } @else if (preview.status() === 'error') {
            <p class="muted">The new scores could not be worked out; you can still swap.</p>
          } @else {
            <mat-progress-bar mode="indeterminate" aria-label="Working out the new scores" />
          }
        </section>
      </div>
      @if (blocked(); as reason) {
        <mb-banner tone="warning" title="This swap is not possible">{{ reason }}</mb-banner>
      } @else {
        <p class="note">
          The run then counts as edited by hand: its total may be below the best possible.
        </p>
      }
      @if (saving()) {
        <mat-progress-bar mode="indeterminate" aria-label="Swapping the pairs" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
      <button
        mat-flat-button
        type="button"
        [disabled]="saving() || !!blocked()"
        (click)="confirm()"
        data-testid="confirm-swap"
      >
        Swap mentors
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .compare {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 16px;
      margin-bottom: 12px;
    }
    .column-title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .pair {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      margin: 0;
      padding: 4px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .score {
      font-variant-numeric: tabular-nums;
    }
    .total {
      margin: 8px 0 0;
      font: var(--mat-sys-title-small);
    }
    .forbidden {
      margin: 2px 0 4px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .muted,
    .note {
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    mb-banner {
      margin-bottom: 12px;
    }
  `,
})
export class SwapDialogComponent {
  private readonly data = inject<SwapDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<SwapDialogComponent, MatchRunDetail>);
  private readonly api = inject(MatchingApi);

  protected readonly before: PairLine[] = [this.data.first, this.data.second].map((p) => ({
    mentor: p.mentor.displayName,
    mentee: p.mentee.displayName,
    score: formatScore(p.score),
    forbidden: [],
  }));
  private readonly beforeTotal = this.data.first.score + this.data.second.score;
  protected readonly beforeTotalText = formatScore(this.beforeTotal);

  /** The two new pairs: the second mentor with the first mentee, and the other way round. */
  protected readonly preview = rxResource({
    stream: () => {
      const { runId, first, second } = this.data;
      return forkJoin([
        this.api.explain(runId, second.mentor.userId, first.mentee.userId),
        this.api.explain(runId, first.mentor.userId, second.mentee.userId),
      ]);
    },
  });
  protected readonly after = computed<PairLine[] | null>(() =>
    this.preview.hasValue() ? this.preview.value().map(line) : null,
  );
  protected readonly change = computed(() => {
    if (!this.preview.hasValue()) {
      return null;
    }
    const scores = this.preview.value().map((pair) => pair.score);
    if (scores.some((score) => score === null)) {
      return null;
    }
    const total = scores.reduce<number>((sum, score) => sum + (score ?? 0), 0);
    return {
      total: formatScore(total),
      change: `${formatSigned(Math.round((total - this.beforeTotal) * 10) / 10)} points`,
    };
  });
  protected readonly blocked = computed(() => {
    const lines = this.after() ?? [];
    return lines.some((l) => l.forbidden.length)
      ? 'A new pair would break a hard rule (see above). Choose other pairs.'
      : null;
  });

  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async confirm(): Promise<void> {
    if (this.saving() || this.blocked()) {
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      const run = await firstValueFrom(
        this.api.swap(this.data.runId, [this.data.first.id, this.data.second.id]),
      );
      this.ref.close(run);
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}

function line(pair: PairExplanation): PairLine {
  return {
    mentor: pair.mentor.displayName,
    mentee: pair.mentee.displayName,
    score: pair.score === null ? 'Not allowed' : formatScore(pair.score),
    forbidden: pair.forbidden.map((rule) => HARD_RULE_LABELS[rule]),
  };
}
