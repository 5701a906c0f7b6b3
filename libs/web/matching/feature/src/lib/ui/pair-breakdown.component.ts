import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  CriterionScore,
  HARD_RULE_LABELS,
  HardRule,
  MATCH_CRITERION_INFO,
  MatchPersonView,
} from '@mentorbridge/shared-contracts';
import { personLine } from '@mentorbridge/web-matching-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { formatScore, formatShare, formatSigned, SCORE_HELP } from '../shared/format';
import { CriterionBarsComponent } from './criterion-bars.component';

/**
 * Why a pair scores what it scores: each criterion's value, weight, points and explanation, with
 * a bar per criterion; or, for a pair that is not allowed, the hard rules it breaks in plain words.
 */
@Component({
  selector: 'mb-pair-breakdown',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    BannerComponent,
    CriterionBarsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <div class="names">
        @if (headingLevel() === 2) {
          <h2 class="title" [id]="headingId()" tabindex="-1">{{ pairTitle() }}</h2>
        } @else {
          <h3 class="title" [id]="headingId()" tabindex="-1">{{ pairTitle() }}</h3>
        }
      </div>
      @if (closable()) {
        <button
          matIconButton
          type="button"
          aria-label="Close the breakdown"
          (click)="closed.emit()"
        >
          <mat-icon aria-hidden="true" fontIcon="close" />
        </button>
      }
    </div>
    <dl class="people">
      <div>
        <dt>Mentor</dt>
        <dd>
          <strong>{{ mentor().displayName }}</strong>
          @if (mentorLine()) {
            <span class="muted">{{ mentorLine() }}</span>
          }
        </dd>
      </div>
      <div>
        <dt>Mentee</dt>
        <dd>
          <strong>{{ mentee().displayName }}</strong>
          @if (menteeLine()) {
            <span class="muted">{{ menteeLine() }}</span>
          }
        </dd>
      </div>
    </dl>

    @if (forbidden().length) {
      <mb-banner tone="warning" title="This pair is not allowed" data-testid="forbidden-rules">
        <ul class="rules">
          @for (rule of forbidden(); track rule) {
            <li>{{ ruleLabel(rule) }}</li>
          }
        </ul>
      </mb-banner>
    }

    <p class="score-line">
      <span class="score-label">Score</span>
      <span class="score" data-testid="breakdown-score">
        @if (score() === null) {
          Not scored
        } @else {
          {{ scoreText() }} <span class="muted">of 100</span>
        }
      </span>
      <button
        matIconButton
        type="button"
        class="help"
        [matTooltip]="scoreHelp"
        aria-label="How is the score computed?"
      >
        <mat-icon aria-hidden="true" fontIcon="help_outline" />
      </button>
      @if (proposed() !== null) {
        <span class="proposed">
          <mat-icon
            aria-hidden="true"
            [fontIcon]="proposed() ? 'check_circle' : 'remove_circle_outline'"
          />
          {{ proposed() ? "In this run's proposal" : "Not in this run's proposal" }}
        </span>
      }
    </p>

    @if (criteria().length) {
      <mb-criterion-bars [criteria]="criteria()" [title]="'Points per criterion: ' + pairTitle()" />
      <div class="table-scroll">
        <table class="criteria">
          <caption class="visually-hidden">
            Score by criterion
          </caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col" class="num">Value</th>
              <th scope="col" class="num">Weight</th>
              <th scope="col" class="num">Points</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.criterion) {
              <tr [class.off]="row.weight === 0" data-testid="criterion-row">
                <th scope="row">
                  <span [matTooltip]="row.semantics">{{ row.label }}</span>
                </th>
                <td class="num">{{ row.value }}</td>
                <td class="num">{{ row.weight === 0 ? 'Off' : row.weight }}</td>
                <td class="num">{{ row.points }}</td>
                <td>{{ row.explanation }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .head {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 8px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .title:focus {
      outline: none;
    }
    .people {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
      gap: 8px 16px;
      margin: 8px 0 12px;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      display: flex;
      flex-direction: column;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .rules {
      margin: 4px 0 0;
      padding-left: 18px;
    }
    mb-banner {
      margin-bottom: 12px;
    }
    .score-line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      margin: 0 0 12px;
    }
    .score-label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .score {
      font: var(--mat-sys-title-large);
    }
    .proposed {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      font: var(--mat-sys-body-small);
    }
    .proposed mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    .table-scroll {
      overflow-x: auto;
      margin-top: 12px;
    }
    .criteria {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-small);
    }
    .criteria th,
    .criteria td {
      padding: 6px 8px;
      text-align: left;
      vertical-align: top;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .criteria thead th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .criteria .num {
      text-align: right;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .criteria tr.off {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PairBreakdownComponent {
  readonly mentor = input.required<MatchPersonView>();
  readonly mentee = input.required<MatchPersonView>();
  readonly score = input<number | null>(null);
  readonly criteria = input<readonly CriterionScore[]>([]);
  readonly forbidden = input<readonly HardRule[]>([]);
  /** Whether the pair is in the run's proposal; null when it does not matter here. */
  readonly proposed = input<boolean | null>(null);
  readonly headingLevel = input<2 | 3>(3);
  readonly headingId = input('pair-breakdown-heading');
  readonly closable = input(false);
  readonly closed = output<void>();

  protected readonly scoreHelp = SCORE_HELP;
  protected readonly pairTitle = computed(
    () => `${this.mentor().displayName} and ${this.mentee().displayName}`,
  );
  protected readonly mentorLine = computed(() => personLine(this.mentor()));
  protected readonly menteeLine = computed(() => personLine(this.mentee()));
  protected readonly scoreText = computed(() => formatScore(this.score()));
  protected readonly rows = computed(() =>
    this.criteria().map((c) => ({
      criterion: c.criterion,
      label: MATCH_CRITERION_INFO[c.criterion].label,
      semantics: MATCH_CRITERION_INFO[c.criterion].semantics,
      value: formatShare(c.value),
      weight: c.weight,
      points: formatSigned(c.points),
      explanation: c.explanation,
    })),
  );

  protected ruleLabel(rule: HardRule): string {
    return HARD_RULE_LABELS[rule];
  }
}
