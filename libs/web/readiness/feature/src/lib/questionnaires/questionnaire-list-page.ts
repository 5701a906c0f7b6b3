import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { QuestionnaireSummary } from '@mentorbridge/shared-contracts';
import { OpenQuestionnairesStore, ReadinessApi } from '@mentorbridge/web-readiness-data-access';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';

/** The readiness questionnaires I was asked to answer, while their assessments are open. */
@Component({
  selector: 'mb-questionnaire-list-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mb-page-header
      title="Questionnaires"
      subtitle="Your view helps decide whether the organisation is ready to run a mentoring program."
    />
    @if (questionnaires.isLoading() && !questionnaires.hasValue()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading your questionnaires" />
    } @else if (questionnaires.status() === 'error') {
      <mb-load-failed
        title="We couldn't load your questionnaires"
        [headingLevel]="2"
        (retry)="questionnaires.reload()"
      />
    } @else if (!list().length) {
      <mb-empty-state
        icon="task_alt"
        title="No questionnaires to answer"
        message="When an HR lead asks you to assess how ready the organisation is for a mentoring program, the questionnaire appears here."
      />
    } @else {
      <ul class="cards">
        @for (q of list(); track q.assessmentId) {
          <li>
            <mat-card appearance="outlined" class="card">
              <mat-card-content>
                <p class="program">{{ q.programName }}</p>
                <h2 class="title">{{ q.title }}</h2>
                <p class="progress-text">{{ q.answered }} of {{ q.total }} answered</p>
                <mat-progress-bar
                  mode="determinate"
                  [value]="q.total ? (q.answered / q.total) * 100 : 0"
                  [attr.aria-label]="q.answered + ' of ' + q.total + ' answered'"
                />
                <div class="status">
                  @if (q.submittedAt) {
                    <mb-status-chip label="Submitted" tone="success" icon="check_circle" />
                  } @else {
                    <mb-status-chip label="Not submitted" tone="warning" icon="pending" />
                  }
                </div>
              </mat-card-content>
              <mat-card-actions>
                <a
                  mat-flat-button
                  [routerLink]="q.assessmentId"
                  [attr.aria-label]="action(q) + ': ' + q.title + ', ' + q.programName"
                >
                  {{ action(q) }}
                </a>
              </mat-card-actions>
            </mat-card>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .cards {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
      gap: 16px;
    }
    .card {
      height: 100%;
    }
    .program {
      margin: 0;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .title {
      margin: 4px 0 12px;
      font: var(--mat-sys-title-large);
    }
    .progress-text {
      margin: 0 0 6px;
    }
    .status {
      margin-top: 12px;
    }
  `,
})
export class QuestionnaireListPage {
  private readonly api = inject(ReadinessApi);
  private readonly store = inject(OpenQuestionnairesStore);

  protected readonly questionnaires = rxResource({ stream: () => this.api.questionnaires() });
  protected readonly list = computed(() =>
    this.questionnaires.hasValue() ? this.questionnaires.value() : [],
  );

  constructor() {
    // Keep the navigation badge in step with what this page shows.
    effect(() => {
      if (this.questionnaires.hasValue()) {
        this.store.set(this.questionnaires.value());
      }
    });
  }

  protected action(q: QuestionnaireSummary): string {
    if (q.submittedAt) {
      return 'Review answers';
    }
    return q.answered ? 'Continue' : 'Answer';
  }
}
