import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatchRunComparison, MatchRunSummary } from '@mentorbridge/shared-contracts';
import { MatchingApi } from '@mentorbridge/web-matching-data-access';
import { LoadFailedComponent } from '@mentorbridge/web-shared-ui';
import { formatScore, plural } from '../shared/format';

export interface CompareRunsDialogData {
  /** Finished runs, newest first. */
  runs: readonly MatchRunSummary[];
}

type PairRow = MatchRunComparison['onlyInA'][number];

/** Two runs side by side: pairs both propose, and pairs only one of them proposes. */
@Component({
  selector: 'mb-compare-runs-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    LoadFailedComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Compare runs</h2>
    <mat-dialog-content>
      <div class="pickers">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Run A</mat-label>
          <mat-select
            [value]="a()"
            (selectionChange)="a.set($event.value)"
            data-testid="compare-run-a"
          >
            @for (run of data.runs; track run.id) {
              <mat-option [value]="run.id">{{ runLabel(run) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Run B</mat-label>
          <mat-select
            [value]="b()"
            (selectionChange)="b.set($event.value)"
            data-testid="compare-run-b"
          >
            @for (run of data.runs; track run.id) {
              <mat-option [value]="run.id">{{ runLabel(run) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>

      @if (a() === b()) {
        <p class="muted">Choose two different runs.</p>
      } @else if (comparison.hasValue()) {
        @let cmp = comparison.value();
        <div class="summary" aria-live="polite" data-testid="compare-result">
          <p class="stat" data-testid="compare-same">
            <strong>{{ cmp.same }}</strong> {{ cmp.same === 1 ? 'pair' : 'pairs' }} in both
          </p>
          <p class="stat">
            <strong>{{ cmp.onlyInA.length }}</strong> only in run #{{ cmp.a.number }}
          </p>
          <p class="stat">
            <strong>{{ cmp.onlyInB.length }}</strong> only in run #{{ cmp.b.number }}
          </p>
        </div>
        <div class="columns">
          <section class="column" data-testid="compare-only-a" aria-labelledby="only-a-heading">
            <h3 id="only-a-heading" class="column-title">Only in run #{{ cmp.a.number }}</h3>
            <p class="muted">{{ objective(cmp.a) }}</p>
            @for (pair of cmp.onlyInA; track $index) {
              <p class="pair">
                <span>{{ pair.mentor.displayName }} → {{ pair.mentee.displayName }}</span>
                <span class="score"
                  ><span class="visually-hidden">, score </span>{{ score(pair) }}</span
                >
              </p>
            } @empty {
              <p class="muted">Every pair of this run is also in the other.</p>
            }
          </section>
          <section class="column" data-testid="compare-only-b" aria-labelledby="only-b-heading">
            <h3 id="only-b-heading" class="column-title">Only in run #{{ cmp.b.number }}</h3>
            <p class="muted">{{ objective(cmp.b) }}</p>
            @for (pair of cmp.onlyInB; track $index) {
              <p class="pair">
                <span>{{ pair.mentor.displayName }} → {{ pair.mentee.displayName }}</span>
                <span class="score"
                  ><span class="visually-hidden">, score </span>{{ score(pair) }}</span
                >
              </p>
            } @empty {
              <p class="muted">Every pair of this run is also in the other.</p>
            }
          </section>
        </div>
      } @else if (comparison.status() === 'error') {
        <mb-load-failed title="We couldn't compare these runs" (retry)="comparison.reload()" />
      } @else {
        <mat-progress-bar mode="indeterminate" aria-label="Comparing the runs" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    .pickers {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 12px;
      margin: 4px 0 16px;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
      margin-bottom: 12px;
    }
    .stat {
      margin: 0;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: 16px;
    }
    .column-title {
      margin: 0;
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
    .muted {
      margin: 4px 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CompareRunsDialogComponent {
  protected readonly data = inject<CompareRunsDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(MatchingApi);

  /** The older of the two newest runs against the newest, to start with. */
  protected readonly a = signal(this.data.runs[1]?.id ?? this.data.runs[0]?.id ?? '');
  protected readonly b = signal(this.data.runs[0]?.id ?? '');

  protected readonly comparison = rxResource({
    params: () => {
      const [a, b] = [this.a(), this.b()];
      return a && b && a !== b ? { a, b } : undefined;
    },
    stream: ({ params }) => this.api.compare(params.a, params.b),
  });

  protected runLabel(run: MatchRunSummary): string {
    const matched = run.objective ? ` · ${run.objective.matched} of ${run.mentees} matched` : '';
    return `Run #${run.number}${matched}`;
  }

  protected objective(run: MatchRunSummary): string {
    return run.objective
      ? `${plural(run.objective.matched, 'pair')}, total score ${formatScore(run.objective.totalScore)}`
      : 'Not finished';
  }

  protected score(pair: PairRow): string {
    return formatScore(pair.score);
  }
}
