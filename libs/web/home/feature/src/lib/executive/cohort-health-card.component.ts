import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Cell, CohortCard, MetricKey } from '@mentorbridge/shared-contracts';
import { cohortStateChip } from '@mentorbridge/web-programs-data-access';
import { cellText, monthName, Movement, movement } from '@mentorbridge/web-reporting-data-access';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  GaugeComponent,
  SparklineComponent,
  StatusChipComponent,
  SuppressedComponent,
} from '@mentorbridge/web-shared-ui';

/** Well-being answers are hidden under 10 people (or the program's threshold when higher). */
const WELLBEING_THRESHOLD = 10;
const WELLBEING_METRICS: ReadonlySet<MetricKey> = new Set<MetricKey>(['satisfaction']);

const MOVEMENT_ICONS: Readonly<Record<Movement, string>> = {
  up: 'arrow_upward',
  down: 'arrow_downward',
  flat: 'arrow_forward',
  unknown: 'swap_vert',
};
const MOVEMENT_WORDS: Readonly<Record<Movement, string>> = {
  up: 'went up',
  down: 'went down',
  flat: 'stayed the same',
  unknown: 'changed',
};

interface MoverView {
  key: MetricKey;
  label: string;
  from: Cell;
  to: Cell;
  fromText: string;
  toText: string;
  icon: string;
  direction: string;
  verdict: 'better' | 'worse';
  threshold: number;
}

/**
 * One cohort on the executive home: health score, its six-month trend, the three metrics that
 * moved most (arrow and "better"/"worse" in words) and the active pairs; it opens the cohort's
 * dashboard. Aggregates only.
 */
@Component({
  selector: 'mb-cohort-health-card',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    GaugeComponent,
    SparklineComponent,
    StatusChipComponent,
    SuppressedComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = card();
    <mat-card appearance="outlined" class="card">
      <mat-card-content>
        <div class="head">
          <div class="names">
            <p class="program">{{ c.programName }}</p>
            <h3 class="cohort">
              <a [routerLink]="link()" data-testid="cohort-card-link">{{ c.cohortName }}</a>
            </h3>
          </div>
          @let chip = stateChip();
          <mb-status-chip [label]="chip.label" [tone]="chip.tone" [icon]="chip.icon" />
        </div>
        <div class="health">
          <mb-gauge
            size="small"
            label="Health score"
            [cell]="c.health"
            [target]="healthTarget()"
            [threshold]="threshold()"
            data-testid="cohort-card-gauge"
          />
          <div class="trend">
            <span class="trend-label" aria-hidden="true">Last 6 months</span>
            <mb-sparkline
              title="Health score, last six months"
              [labels]="trendLabels()"
              [cells]="trendCells()"
              [threshold]="threshold()"
              [width]="132"
              [height]="40"
              data-testid="cohort-card-trend"
            />
          </div>
        </div>
        <h4 class="movers-title">Moved most last month</h4>
        <ul class="movers">
          @for (m of movers(); track m.key) {
            <li class="mover" data-testid="mover">
              <mat-icon class="arrow" aria-hidden="true" [fontIcon]="m.icon" />
              <span class="mover-label">{{ m.label }}</span>
              <span class="mover-values">
                <span class="visually-hidden"> {{ m.direction }} from </span>
                @if (m.from.suppressed) {
                  <mb-suppressed [threshold]="m.threshold" />
                } @else {
                  {{ m.fromText }}
                }
                <span aria-hidden="true"> → </span>
                <span class="visually-hidden"> to </span>
                @if (m.to.suppressed) {
                  <mb-suppressed [threshold]="m.threshold" />
                } @else {
                  {{ m.toText }}
                }
              </span>
              <span class="visually-hidden">: </span>
              <span [class]="'verdict ' + m.verdict">{{ m.verdict }}</span>
            </li>
          } @empty {
            <li class="muted">Nothing moved yet.</li>
          }
        </ul>
        <p class="active" data-testid="cohort-card-active">
          Active pairs:
          <strong>
            @if (c.activeMatches.suppressed) {
              <mb-suppressed [threshold]="threshold()" />
            } @else {
              {{ activeText() }}
            }
          </strong>
        </p>
      </mat-card-content>
      <mat-card-actions>
        <a mat-button [routerLink]="link()" [attr.aria-label]="'Open the dashboard of ' + name()">
          Open the dashboard
          <mat-icon iconPositionEnd aria-hidden="true" fontIcon="arrow_forward" />
        </a>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
    }
    .card {
      height: 100%;
      box-sizing: border-box;
    }
    .head {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 8px;
    }
    .program {
      margin: 0;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .cohort {
      margin: 2px 0 0;
      font: var(--mat-sys-title-medium);
    }
    .health {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      margin: 12px 0 4px;
    }
    .trend {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .trend-label,
    .movers-title {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .movers-title {
      margin: 8px 0 4px;
    }
    .movers {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .mover {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 2px 6px;
      padding: 4px 0;
      font: var(--mat-sys-body-medium);
    }
    .mover + .mover {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .arrow {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    .mover-label {
      flex: 1 1 auto;
    }
    .mover-values {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .verdict {
      padding: 0 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      line-height: 20px;
    }
    .verdict.better {
      background: light-dark(#d5f2dc, #12361d);
      color: light-dark(#0b5226, #a8e6b8);
    }
    .verdict.worse {
      background: light-dark(#ffdad6, #4d0f0c);
      color: light-dark(#8c1d18, #ffb4ab);
    }
    .active {
      margin: 8px 0 0;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CohortHealthCardComponent {
  readonly card = input.required<CohortCard>();
  /** The health score's target, from the definitions sent with the overview. */
  readonly healthTarget = input<number | null>(null);

  protected readonly threshold = computed(
    () => this.card().threshold ?? DEFAULT_SUPPRESSION_THRESHOLD,
  );
  protected readonly link = computed(() => ['/reports/cohorts', this.card().cohortId]);
  protected readonly name = computed(
    () => `${this.card().programName} · ${this.card().cohortName}`,
  );
  protected readonly activeText = computed(() => cellText(this.card().activeMatches, 'count'));
  protected readonly stateChip = computed(() => cohortStateChip(this.card().state));
  protected readonly trendLabels = computed(() =>
    this.card().trend.map((point) => monthName(point.month)),
  );
  protected readonly trendCells = computed(() => this.card().trend.map((point) => point.health));
  protected readonly movers = computed<MoverView[]>(() =>
    this.card().movers.map((mover) => {
      const moved = movement(mover.from, mover.to);
      return {
        key: mover.key,
        label: mover.label,
        from: mover.from,
        to: mover.to,
        fromText: cellText(mover.from, mover.unit),
        toText: cellText(mover.to, mover.unit),
        icon: MOVEMENT_ICONS[moved],
        direction: MOVEMENT_WORDS[moved],
        verdict: mover.better ? 'better' : 'worse',
        threshold: WELLBEING_METRICS.has(mover.key)
          ? Math.max(WELLBEING_THRESHOLD, this.card().threshold)
          : this.card().threshold,
      };
    }),
  );
}
