import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { SuppressedComponent } from '../suppressed/suppressed.component';
import { CellSeries, chartCellText, DEFAULT_SUPPRESSION_THRESHOLD } from './chart-cells';
import { chartId } from './chart-support';

/**
 * The numbers behind a chart as a table: always there for screen readers, shown on request for
 * everyone else ("Show data table"). Hidden cells read "<5" with the reason on hover and focus.
 */
@Component({
  selector: 'mb-chart-data-table',
  imports: [MatButtonModule, MatIconModule, SuppressedComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="toggle-row">
      <button
        mat-button
        type="button"
        class="table-toggle"
        [attr.aria-expanded]="shown()"
        [attr.aria-controls]="tableId"
        (click)="shown.set(!shown())"
      >
        <mat-icon aria-hidden="true" fontIcon="table_chart" />
        {{ shown() ? 'Hide data table' : 'Show data table' }}
      </button>
    </div>
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

  protected readonly tableId = chartId('data-table');
  protected readonly shown = signal(false);

  protected text(value: number | null): string {
    return this.format()(value);
  }
}
