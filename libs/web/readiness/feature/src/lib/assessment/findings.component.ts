import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  LOCALE_ID,
} from '@angular/core';
import { AssessmentDetail } from '@mentorbridge/shared-contracts';
import { byRoleText, dimensionLabel, percent, scaleLabel } from '../shared/readiness-display';

/** What to work on (weak items, weakest first) and where respondents disagree. */
@Component({
  selector: 'mb-findings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="section" aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading" class="title">Recommendations</h2>
      @if (recommendations().length) {
        <p class="intro">
          Items below {{ assessment().thresholds.ready.minimum }}%, weakest first. Working on these
          lifts the dimension they belong to.
        </p>
        <ol class="list" data-testid="recommendations">
          @for (r of recommendations(); track r.itemId) {
            <li class="entry">
              <p class="meta">
                <span class="tag">{{ dimension(r.dimension) }}</span>
                <span class="score">{{ pct(r.score) }}</span>
              </p>
              <p class="statement">{{ r.itemText }}</p>
              <p class="advice">{{ r.recommendation }}</p>
            </li>
          }
        </ol>
      } @else {
        <p class="intro">
          @if (assessment().result.overall === null) {
            Recommendations appear once respondents have answered.
          } @else {
            No weak items: every answered item is at {{ assessment().thresholds.ready.minimum }}% or
            more.
          }
        </p>
      }
    </section>

    <section class="section" aria-labelledby="disagreement-heading">
      <h2 id="disagreement-heading" class="title">Where respondents disagree</h2>
      @if (disagreements().length) {
        <p class="intro">
          Answers two or more points apart. Worth a conversation: people see the organisation
          differently here.
        </p>
        <ul class="list" data-testid="disagreements">
          @for (item of disagreements(); track item.itemId) {
            <li class="entry">
              <p class="meta">
                <span class="tag">{{ dimension(item.dimension) }}</span>
                <span class="score">{{ pct(item.score) }}</span>
              </p>
              <p class="statement">{{ item.text }}</p>
              <p class="advice">
                Answers range from {{ scale(item.min) }} to {{ scale(item.max) }}.
                @if (item.byRole.length) {
                  <br />
                  By role: {{ roles(item) }}
                }
              </p>
            </li>
          }
        </ul>
      } @else {
        <p class="intro">No item has answers two or more points apart.</p>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .section {
      margin-bottom: 24px;
    }
    .title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
    .intro {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .list {
      margin: 0;
      padding-left: 24px;
    }
    .entry {
      margin-bottom: 12px;
      padding-left: 4px;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 0;
    }
    .tag {
      padding: 0 8px;
      border-radius: 999px;
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-label-medium);
      line-height: 20px;
    }
    .score {
      font: var(--mat-sys-label-large);
      line-height: 22px;
    }
    .statement {
      margin: 4px 0 0;
      font: var(--mat-sys-title-small);
    }
    .advice {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class FindingsComponent {
  readonly assessment = input.required<AssessmentDetail>();
  private readonly locale = inject(LOCALE_ID);

  /** Weakest first (the API sends them so; sorted again so the order never depends on it). */
  protected readonly recommendations = computed(() =>
    [...this.assessment().result.recommendations].sort((a, b) => a.score - b.score),
  );
  protected readonly disagreements = computed(() =>
    this.assessment().result.items.filter((item) => item.disagreement),
  );

  protected readonly dimension = dimensionLabel;
  protected readonly scale = scaleLabel;

  protected pct(value: number | null): string {
    return percent(value, this.locale);
  }

  protected roles(item: AssessmentDetail['result']['items'][number]): string {
    return byRoleText(item, this.locale);
  }
}
