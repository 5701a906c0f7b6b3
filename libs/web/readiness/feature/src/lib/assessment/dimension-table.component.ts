import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  LOCALE_ID,
} from '@angular/core';
import { AssessmentDetail } from '@mentorbridge/shared-contracts';
import { changeText, dimensionRows, percent } from '../shared/readiness-display';

/** Dimension scores beside the previous cycle, with the change in words and a symbol. */
@Component({
  selector: 'mb-dimension-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scroll" tabindex="0" role="region" aria-label="Scores per dimension">
      <table class="table" data-testid="dimension-table">
        <caption class="visually-hidden">
          Scores per dimension{{
            previousTitle() ? ', compared with ' + previousTitle() : ''
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col" class="num">This cycle</th>
            @if (previousTitle()) {
              <th scope="col" class="num">{{ previousTitle() }}</th>
              <th scope="col">Change</th>
            }
            <th scope="col">Ready minimum ({{ readyMinimum() }}%)</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.dimension) {
            <tr>
              <th scope="row">
                {{ row.label }}
                <span class="sub"
                  >{{ row.answeredItems }} of {{ row.totalItems }} items answered</span
                >
              </th>
              <td class="num strong">{{ pct(row.score) }}</td>
              @if (previousTitle()) {
                <td class="num">{{ pct(row.previous) }}</td>
                <td class="change" [attr.data-direction]="row.changeText.direction">
                  @if (row.changeText.symbol) {
                    <span class="symbol" aria-hidden="true">{{ row.changeText.symbol }}</span>
                  }
                  {{ row.changeText.text }}
                </td>
              }
              <td>
                @if (row.score === null) {
                  <span class="sub">No answers yet</span>
                } @else if (row.meetsReadyMinimum) {
                  <span class="met"><span aria-hidden="true">✓</span> Met</span>
                } @else {
                  <span class="missed"><span aria-hidden="true">✗</span> Below</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .scroll {
      overflow-x: auto;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 8px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: top;
    }
    thead th {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .strong {
      font-weight: 500;
    }
    .sub {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .change,
    .met,
    .missed {
      white-space: nowrap;
    }
    .symbol {
      margin-right: 4px;
    }
    @media (max-width: 599.98px) {
      th,
      td {
        padding: 8px 6px;
      }
    }
    .change[data-direction='down'],
    .missed {
      color: var(--mat-sys-error);
    }
  `,
})
export class DimensionTableComponent {
  readonly assessment = input.required<AssessmentDetail>();
  private readonly locale = inject(LOCALE_ID);

  protected readonly previousTitle = computed(() => this.assessment().previous?.title ?? null);
  protected readonly readyMinimum = computed(() => this.assessment().thresholds.ready.minimum);
  protected readonly rows = computed(() => {
    const hasPrevious = this.assessment().previous !== null;
    return dimensionRows(this.assessment()).map((row) => ({
      ...row,
      changeText: changeText(row.change, this.locale, hasPrevious),
    }));
  });

  protected pct(value: number | null): string {
    return percent(value, this.locale);
  }
}
