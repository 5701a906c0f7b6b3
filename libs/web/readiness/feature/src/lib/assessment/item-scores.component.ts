import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  LOCALE_ID,
  signal,
} from '@angular/core';
import { formatNumber } from '@angular/common';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { ItemScore } from '@mentorbridge/shared-contracts';
import { ItemOrder, itemsByDimension, percent } from '../shared/readiness-display';

/** Every item's score, grouped by dimension, in bank order or lowest/highest first. */
@Component({
  selector: 'mb-item-scores',
  imports: [MatButtonToggleModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (sortable()) {
      <div class="order">
        <span class="order-label" id="item-order-label">Order</span>
        <mat-button-toggle-group
          aria-labelledby="item-order-label"
          hideSingleSelectionIndicator
          [value]="order()"
          (change)="order.set($event.value)"
        >
          <mat-button-toggle value="bank">As asked</mat-button-toggle>
          <mat-button-toggle value="lowest">Lowest first</mat-button-toggle>
          <mat-button-toggle value="highest">Highest first</mat-button-toggle>
        </mat-button-toggle-group>
      </div>
    }
    @for (group of groups(); track group.dimension) {
      <div
        class="scroll"
        tabindex="0"
        role="region"
        [attr.aria-label]="group.label + ': item scores'"
      >
        <table class="table" [attr.data-dimension]="group.dimension">
          <caption class="caption">
            {{
              group.label
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col" class="num">Score</th>
              <th scope="col" class="num optional">Mean (1–5)</th>
              <th scope="col" class="num optional">Range</th>
              <th scope="col" class="num">Answers</th>
            </tr>
          </thead>
          <tbody>
            @for (item of group.items; track item.itemId) {
              <tr>
                <th scope="row" class="item">
                  {{ item.text }}
                  @if (item.disagreement) {
                    <span class="flag">Respondents disagree</span>
                  }
                  @if (item.score !== null && item.score < weakBelow()) {
                    <span class="flag">Weak</span>
                  }
                </th>
                <td class="num strong">{{ pct(item.score) }}</td>
                <td class="num optional">{{ mean(item) }}</td>
                <td class="num optional">
                  {{ item.min === null ? '—' : item.min + '–' + item.max }}
                </td>
                <td class="num">{{ item.answers }}</td>
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
    .order {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      margin-bottom: 12px;
    }
    .order-label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .scroll {
      overflow-x: auto;
      margin-bottom: 16px;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    .caption {
      text-align: left;
      padding: 4px 0 8px;
      font: var(--mat-sys-title-medium);
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
      white-space: nowrap;
    }
    .item {
      font-weight: 400;
      min-width: 220px;
    }
    .num {
      width: 88px;
      text-align: right;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .strong {
      font-weight: 500;
    }
    @media (max-width: 599.98px) {
      .optional {
        display: none;
      }
      .item {
        min-width: 0;
      }
      th,
      td {
        padding: 8px 6px;
      }
    }
    .flag {
      display: inline-block;
      margin: 4px 8px 0 0;
      padding: 0 8px;
      border-radius: 999px;
      border: 1px solid var(--mat-sys-outline);
      font: var(--mat-sys-label-small);
      line-height: 18px;
    }
  `,
})
export class ItemScoresComponent {
  readonly items = input.required<readonly ItemScore[]>();
  /** Items below this score are marked weak (the Ready minimum). */
  readonly weakBelow = input(60);
  readonly sortable = input(true);

  private readonly locale = inject(LOCALE_ID);
  protected readonly order = signal<ItemOrder>('bank');
  protected readonly groups = computed(() => itemsByDimension(this.items(), this.order()));

  protected pct(value: number | null): string {
    return percent(value, this.locale);
  }

  protected mean(item: ItemScore): string {
    return item.mean === null ? '—' : formatNumber(item.mean, this.locale, '1.0-2');
  }
}
