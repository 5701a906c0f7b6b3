import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { SuppressedComponent } from '../suppressed/suppressed.component';
import { CellSeries, chartCellText, DEFAULT_SUPPRESSION_THRESHOLD } from './chart-cells';
import { chartId, ChartSeries } from './chart-support';

/** Plain values as table cells (null = no data): how value charts feed the data table. */
export function valueCellSeries(series: readonly ChartSeries[]): CellSeries[] {
  return series.map((s) => ({ label: s.label, cells: s.values.map((value) => ({ value })) }));
}

/**
 * The "Show data table" / "Hide data table" button of a chart data table, for a chart that puts it
 * in its legend: `<mb-chart-table-toggle [table]="table" />` with `<mb-chart-data-table #table>`.
 * Its host takes no box, so the button lines up with the legend items around it.
 */
@Component({
  selector: 'mb-chart-table-toggle',
  imports: [MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = table();
    <button
      mat-button
      type="button"
      class="table-toggle"
      [attr.aria-expanded]="t.shown()"
      [attr.aria-controls]="t.tableId"
      (click)="t.toggle()"
    >
      <mat-icon aria-hidden="true" fontIcon="table_chart" />
      {{ t.shown() ? 'Hide data table' : 'Show data table' }}
    </button>
  `,
  styles: `
    :host {
      display: contents;
    }
    .table-toggle {
      margin-left: auto;
    }
    @media print {
      .table-toggle {
        display: none;
      }
    }
  `,
})
export class ChartTableToggleComponent {
  /** The table it shows and hides. */
  readonly table = input.required<ChartDataTableComponent>();
}

/**
 * The numbers behind a chart as a table: always there for screen readers, shown on request for
 * everyone else ("Show data table"). Hidden cells read "<5" with the reason on hover and focus.
 *
 * The table brings its own "Show data table" button; a chart that wants the button in its legend
 * sets `[ownToggle]="false"` and puts `<mb-chart-table-toggle [table]="table" />` there instead.
 */
@Component({
  selector: 'mb-chart-data-table',
  imports: [SuppressedComponent, ChartTableToggleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (ownToggle()) {
      <div class="toggle-row">
        <mb-chart-table-toggle [table]="this" />
      </div>
    }
    <div
      class="table-wrap"
      [class.visually-hidden]="!shown()"
      [attr.id]="tableId"
      [attr.tabindex]="shown() ? 0 : null"
      [attr.role]="shown() ? 'region' : null"
      [attr.aria-label]="shown() ? title() + ': data table' : null"
    >
      <table class="data-table">
        <caption>
          {{
            title()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ categoryHeader() }}</th>
            @for (s of series(); track $index) {
              <th scope="col">{{ s.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (category of categories(); track $index; let row = $index) {
            <tr>
              <th scope="row">{{ category }}</th>
              @for (s of series(); track $index) {
                @let cell = s.cells[row];
                <td>
                  @if (cell?.suppressed) {
                    <mb-suppressed [threshold]="threshold()" />
                  } @else {
                    {{ text(cell?.value ?? null) }}
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: './chart.scss',
  styles: `
    .toggle-row {
      display: flex;
      justify-content: flex-end;
    }
  `,
})
export class ChartDataTableComponent {
  readonly title = input.required<string>();
  readonly categoryHeader = input('Category');
  readonly categories = input.required<readonly string[]>();
  readonly series = input.required<readonly CellSeries[]>();
  readonly threshold = input(DEFAULT_SUPPRESSION_THRESHOLD);
  /** Formats a shown number (e.g. with its unit); null means no data. */
  readonly format = input<(value: number | null) => string>(chartCellText);
  /** False when the chart shows the table's toggle elsewhere (`mb-chart-table-toggle`). */
  readonly ownToggle = input(true);

  /** The table's element id, for the toggle's `aria-controls`. */
  readonly tableId = chartId('data-table');
  /** Whether sighted people see the table (screen readers always have it). */
  readonly shown = signal(false);

  /** Shows the table, or hides it again. */
  toggle(): void {
    this.shown.update((shown) => !shown);
  }

  protected text(value: number | null): string {
    return this.format()(value);
  }
}
