import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { Answers, FormDefinition } from '@mentorbridge/shared-contracts';
import { answerItems } from './answers-view';

const numberFormat = new Intl.NumberFormat();

/**
 * The answers of an application, question by question, as people read them: tags as chips,
 * availability as a weekday × part-of-day grid, choices by their labels, long text with its line
 * breaks, and "Not answered" for anything left empty. Display only.
 */
@Component({
  selector: 'mb-answers-view',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length) {
      <dl class="answers">
        @for (item of items(); track item.key) {
          <div class="item" [attr.data-question]="item.key">
            <dt class="label">{{ item.label }}</dt>
            <dd class="answer" [attr.data-testid]="'answer-' + item.key">
              @let d = item.display;
              @if (d.kind === 'empty') {
                <span class="empty">Not answered</span>
              } @else if (d.kind === 'text') {
                <p class="text" [class.long]="d.long">{{ d.text }}</p>
              } @else if (d.kind === 'chips') {
                <ul class="chips">
                  @for (chip of d.items; track $index) {
                    <li class="chip">{{ chip }}</li>
                  }
                </ul>
              } @else if (d.kind === 'availability') {
                <table class="availability">
                  <caption class="visually-hidden">
                    {{
                      item.label
                    }}:
                    {{
                      d.grid.count
                    }}
                    of
                    {{
                      d.grid.total
                    }}
                    time slots
                  </caption>
                  <thead>
                    <tr>
                      <td class="corner"></td>
                      @for (day of d.grid.days; track day.key) {
                        <th scope="col" [attr.abbr]="day.label">{{ day.short }}</th>
                      }
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of d.grid.rows; track row.part) {
                      <tr>
                        <th scope="row">{{ row.label }}</th>
                        @for (cell of row.cells; track cell.day) {
                          <td
                            [class.on]="cell.available"
                            [attr.data-slot]="cell.day + '-' + row.part"
                          >
                            @if (cell.available) {
                              <mat-icon aria-hidden="true" fontIcon="check" />
                              <span class="visually-hidden">Available</span>
                            } @else {
                              <span aria-hidden="true">–</span>
                              <span class="visually-hidden">Not available</span>
                            }
                          </td>
                        }
                      </tr>
                    }
                  </tbody>
                </table>
                <p class="slots" aria-hidden="true">
                  {{ d.grid.count }} of {{ d.grid.total }} slots
                </p>
              }
            </dd>
          </div>
        }
      </dl>
    } @else {
      <p class="empty">This form has no questions.</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .answers {
      margin: 0;
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .label {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
    .answer {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface);
    }
    .text {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .text.long {
      white-space: pre-line;
      max-width: 75ch;
    }
    .empty {
      margin: 0;
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chip {
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-small);
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      line-height: 24px;
    }
    .availability {
      border-collapse: collapse;
      font: var(--mat-sys-label-medium);
    }
    .availability th,
    .availability td {
      padding: 2px 6px;
      text-align: center;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .availability th[scope='row'] {
      text-align: left;
      font-weight: 500;
    }
    .availability .corner {
      border: 0;
    }
    .availability td {
      width: 36px;
      height: 24px;
      color: var(--mat-sys-on-surface-variant);
    }
    .availability td.on {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .availability mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
      vertical-align: middle;
    }
    .slots {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0, 0, 0, 0);
      white-space: nowrap;
      border: 0;
    }
  `,
})
export class AnswersViewComponent {
  readonly form = input.required<FormDefinition>();
  readonly answers = input.required<Answers>();

  protected readonly items = computed(() =>
    answerItems(this.form().questions, this.answers() ?? {}, (value) => numberFormat.format(value)),
  );
}
