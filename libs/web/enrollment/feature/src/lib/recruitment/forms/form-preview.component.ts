import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import {
  AVAILABILITY_DAY_LABELS,
  AVAILABILITY_DAYS,
  AVAILABILITY_PART_LABELS,
  AVAILABILITY_PARTS,
  FormQuestion,
} from '@mentorbridge/shared-contracts';

/** What the empty field looks like for the applicant. */
function placeholder(question: FormQuestion): string {
  switch (question.type) {
    case 'short_text':
      return question.max ? `Short answer, up to ${question.max} characters` : 'Short answer';
    case 'long_text':
      return question.min
        ? `Answer in a few sentences (at least ${question.min} characters)`
        : 'Answer in a few sentences';
    case 'number':
      return question.min !== undefined && question.max !== undefined
        ? `A number from ${question.min} to ${question.max}`
        : 'A number';
    case 'tags':
      return question.max ? `Type and press Enter (up to ${question.max})` : 'Type and press Enter';
    default:
      return '';
  }
}

/**
 * The form as an applicant sees it, read-only: labels, help, required marks and what each kind of
 * answer looks like. Updates live while HR edits.
 */
@Component({
  selector: 'mb-form-preview',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="questions">
      @for (q of items(); track $index) {
        <li class="question" data-testid="preview-question">
          <p class="label">
            {{ q.question.label || 'Untitled question' }}
            <span class="mark">{{ q.question.required ? 'Required' : 'Optional' }}</span>
          </p>
          @if (q.question.help) {
            <p class="help">{{ q.question.help }}</p>
          }
          @switch (q.question.type) {
            @case ('single_choice') {
              <ul class="options">
                @for (o of q.question.options ?? []; track $index) {
                  <li>
                    <mat-icon aria-hidden="true" fontIcon="radio_button_unchecked" />
                    {{ o.label || 'Untitled option' }}
                  </li>
                }
              </ul>
            }
            @case ('multi_choice') {
              <ul class="options">
                @for (o of q.question.options ?? []; track $index) {
                  <li>
                    <mat-icon aria-hidden="true" fontIcon="check_box_outline_blank" />
                    {{ o.label || 'Untitled option' }}
                  </li>
                }
              </ul>
            }
            @case ('scale') {
              <p class="scale">
                <span class="visually-hidden">A scale from 1 to 5</span>
                @for (n of scale; track n) {
                  <span class="dot" aria-hidden="true">{{ n }}</span>
                }
              </p>
            }
            @case ('availability') {
              <table class="grid">
                <caption class="visually-hidden">
                  Time slots to tick
                </caption>
                <thead>
                  <tr>
                    <td></td>
                    @for (d of days; track d.key) {
                      <th scope="col" [attr.abbr]="d.label">{{ d.short }}</th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (p of parts; track p.key) {
                    <tr>
                      <th scope="row">{{ p.label }}</th>
                      @for (d of days; track d.key) {
                        <td><span class="box" aria-hidden="true"></span></td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            }
            @default {
              <div class="fake" [class.long]="q.question.type === 'long_text'">
                {{ q.placeholder }}
              </div>
              @if (q.question.type === 'tags' && q.question.suggestions?.length) {
                <p class="suggestions">
                  Suggestions: {{ q.question.suggestions?.slice(0, 8)?.join(', ')
                  }}{{ (q.question.suggestions?.length ?? 0) > 8 ? '…' : '' }}
                </p>
              }
            }
          }
        </li>
      } @empty {
        <li class="empty">The form has no questions yet.</li>
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
    }
    .questions {
      margin: 0;
      padding-left: 20px;
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .label {
      margin: 0 0 2px;
      font: var(--mat-sys-title-small);
    }
    .mark {
      margin-left: 6px;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .help {
      margin: 0 0 6px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .fake {
      padding: 10px 12px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .fake.long {
      min-height: 56px;
    }
    .options {
      margin: 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .options li {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .options mat-icon {
      width: 20px;
      height: 20px;
      font-size: 20px;
      color: var(--mat-sys-on-surface-variant);
    }
    .scale {
      display: flex;
      gap: 8px;
      margin: 0;
    }
    .dot {
      display: inline-grid;
      place-items: center;
      width: 28px;
      height: 28px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 50%;
    }
    .grid {
      border-collapse: collapse;
      font: var(--mat-sys-label-medium);
    }
    .grid th,
    .grid td {
      padding: 2px 6px;
      text-align: center;
    }
    .grid th[scope='row'] {
      text-align: left;
      font-weight: 500;
    }
    .box {
      display: inline-block;
      width: 16px;
      height: 16px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 3px;
    }
    .suggestions {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
      list-style: none;
    }
  `,
})
export class FormPreviewComponent {
  readonly questions = input.required<readonly FormQuestion[]>();

  protected readonly scale = [1, 2, 3, 4, 5];
  protected readonly days = AVAILABILITY_DAYS.map((key) => ({
    key,
    label: AVAILABILITY_DAY_LABELS[key],
    short: AVAILABILITY_DAY_LABELS[key].slice(0, 3),
  }));
  protected readonly parts = AVAILABILITY_PARTS.map((key) => ({
    key,
    label: AVAILABILITY_PART_LABELS[key],
  }));

  protected readonly items = computed(() =>
    this.questions().map((question) => ({ question, placeholder: placeholder(question) })),
  );
}
