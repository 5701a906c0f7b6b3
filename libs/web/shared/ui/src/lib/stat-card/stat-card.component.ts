import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { Params, RouterLink } from '@angular/router';

/**
 * A number worth acting on: label, value, a hint in plain words and (optionally) the next step.
 * Projected content goes below the hint (e.g. a short list of where the number comes from).
 */
@Component({
  selector: 'mb-stat-card',
  imports: [DecimalPipe, MatButtonModule, MatCardModule, MatIconModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="card" [class.attention]="attention()">
      <mat-card-content>
        <div class="top">
          @if (icon(); as iconName) {
            <mat-icon class="icon" aria-hidden="true" [fontIcon]="iconName" />
          }
          <h3 class="label">{{ label() }}</h3>
        </div>
        <p class="value">
          @if (value() === null) {
            <span aria-label="Not available">–</span>
          } @else if (isNumber(value())) {
            {{ value() | number }}
          } @else {
            {{ value() }}
          }
        </p>
        @if (hint()) {
          <p class="hint">{{ hint() }}</p>
        }
        <ng-content />
      </mat-card-content>
      @if (link() && linkLabel()) {
        <mat-card-actions>
          <a mat-button [routerLink]="link()" [queryParams]="queryParams()">
            {{ linkLabel() }}
            <mat-icon iconPositionEnd aria-hidden="true" fontIcon="arrow_forward" />
          </a>
        </mat-card-actions>
      }
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
    .card.attention {
      border-color: var(--mat-sys-primary);
    }
    .top {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .icon {
      color: var(--mat-sys-primary);
    }
    .label {
      margin: 0;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
    .value {
      margin: 8px 0 4px;
      font: var(--mat-sys-display-small);
      color: var(--mat-sys-on-surface);
    }
    .hint {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StatCardComponent {
  readonly label = input.required<string>();
  readonly value = input<number | string | null>(null);
  readonly hint = input<string | null>(null);
  readonly icon = input<string | null>(null);
  readonly link = input<string | readonly unknown[] | null>(null);
  readonly linkLabel = input<string | null>(null);
  readonly queryParams = input<Params | null>(null);
  /** Highlights the card when its number asks for action. */
  readonly attention = input(false);

  protected isNumber(value: unknown): value is number {
    return typeof value === 'number';
  }
}
