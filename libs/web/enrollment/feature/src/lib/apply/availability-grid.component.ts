import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
} from '@angular/core';
import { FormControl } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  AnswerValue,
  AVAILABILITY_DAY_LABELS,
  AVAILABILITY_DAYS,
  AVAILABILITY_PART_LABELS,
  AVAILABILITY_PARTS,
  FormQuestion,
} from '@mentorbridge/shared-contracts';
import { controlTick } from './form-signals';

const ROWS = AVAILABILITY_DAYS.map((day) => ({
  day,
  label: AVAILABILITY_DAY_LABELS[day],
  cells: AVAILABILITY_PARTS.map((part) => ({
    slot: `${day}-${part}`,
    name: `${AVAILABILITY_DAY_LABELS[day]} ${AVAILABILITY_PART_LABELS[part].toLowerCase()}`,
  })),
}));
const COLUMNS = AVAILABILITY_PARTS.map((part) => ({ part, label: AVAILABILITY_PART_LABELS[part] }));
const TOTAL = AVAILABILITY_DAYS.length * AVAILABILITY_PARTS.length;

const MOVES: Readonly<Record<string, [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * When someone can usually meet: weekdays (rows) × morning / lunchtime / afternoon (columns),
 * one checkbox per slot named like "Monday morning". Tab moves through the slots, Space ticks,
 * arrow keys move around the grid.
 */
@Component({
  selector: 'mb-availability-grid',
  imports: [MatCheckboxModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset
      class="group"
      [attr.aria-describedby]="describedBy()"
      [attr.aria-invalid]="error() ? 'true' : null"
    >
      <legend class="legend">
        {{ question().label }}
        @if (question().required) {
          <span class="required" aria-hidden="true">*</span>
          <span class="visually-hidden">(required)</span>
        }
      </legend>
      @if (question().help) {
        <p class="help" [id]="'h-' + question().key">{{ question().help }}</p>
      }
      <table class="grid">
        <thead>
          <tr>
            <td class="corner"></td>
            @for (column of columns; track column.part) {
              <th scope="col">{{ column.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows; track row.day; let r = $index) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              @for (cell of row.cells; track cell.slot; let c = $index) {
                <td>
                  <mat-checkbox
                    [checked]="chosen().has(cell.slot)"
                    [disabled]="control().disabled"
                    [aria-label]="cell.name"
                    [attr.data-slot]="cell.slot"
                    [attr.data-row]="r"
                    [attr.data-col]="c"
                    (change)="toggle(cell.slot, $event.checked)"
                    (keydown)="move($event, r, c)"
                  />
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
      <p class="count" [id]="'c-' + question().key">
        {{ chosen().size }} of {{ total }} slots ticked
      </p>
      @if (error(); as message) {
        <p class="error" [id]="'e-' + question().key">{{ message }}</p>
      }
    </fieldset>
  `,
  styles: `
    .group {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .legend {
      padding: 0;
      margin-bottom: 4px;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
    .required {
      color: var(--mat-sys-error);
    }
    .help,
    .count {
      margin: 0 0 8px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .count {
      margin-top: 4px;
    }
    .grid {
      border-collapse: collapse;
    }
    th {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface);
      padding: 4px 8px;
    }
    th[scope='row'] {
      text-align: start;
      padding-inline-start: 0;
    }
    td {
      text-align: center;
      padding: 0 4px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    thead td,
    thead th {
      border: 0;
    }
    tbody th {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .error {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-error);
    }
    @media (max-width: 479.98px) {
      th {
        padding: 4px 2px;
        font: var(--mat-sys-label-medium);
      }
      td {
        padding: 0;
      }
    }
  `,
})
export class AvailabilityGridComponent {
  readonly question = input.required<FormQuestion>();
  readonly control = input.required<FormControl<AnswerValue>>();
  readonly error = input<string | null>(null);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly tick = controlTick(this.control);
  protected readonly rows = ROWS;
  protected readonly columns = COLUMNS;
  protected readonly total = TOTAL;

  protected readonly chosen = computed(() => {
    this.tick();
    const value = this.control().value;
    return new Set(Array.isArray(value) ? value : []);
  });
  protected readonly describedBy = computed(() => {
    const key = this.question().key;
    return [this.question().help ? `h-${key}` : null, `c-${key}`, this.error() ? `e-${key}` : null]
      .filter(Boolean)
      .join(' ');
  });

  protected toggle(slot: string, checked: boolean): void {
    const next = new Set(this.chosen());
    if (checked) {
      next.add(slot);
    } else {
      next.delete(slot);
    }
    // Keep the week's order (Monday morning first), whatever the order of the clicks.
    const ordered = ROWS.flatMap((row) => row.cells.map((cell) => cell.slot)).filter((s) =>
      next.has(s),
    );
    const control = this.control();
    control.setValue(ordered);
    control.markAsDirty();
    control.markAsTouched();
  }

  /** Arrow keys move between the slots like in a spreadsheet. */
  protected move(event: KeyboardEvent, row: number, col: number): void {
    const delta = MOVES[event.key];
    if (!delta) {
      return;
    }
    const target = this.host.nativeElement.querySelector<HTMLInputElement>(
      `[data-row="${row + delta[0]}"][data-col="${col + delta[1]}"] input`,
    );
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }
}
