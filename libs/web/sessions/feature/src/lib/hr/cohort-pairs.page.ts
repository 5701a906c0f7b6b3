import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { PairHealthView, RISK_REASON_LABELS } from '@mentorbridge/shared-contracts';
import { CohortsApi } from '@mentorbridge/web-programs-data-access';
import { SupportApi } from '@mentorbridge/web-sessions-data-access';
import { httpStatusOf } from '@mentorbridge/web-shared-data-access';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  LocalDatePipe,
  PageHeaderComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { PairSupportPanelComponent } from './pair-support-panel.component';
import { routeParam } from './route-param';

/**
 * The active pairs of one cohort for its HR leads, at-risk first: why a pair is at risk, when the
 * next coordinator check-in is due, open concerns; a pair opens to its sessions (metadata only),
 * check-ins, concerns and pulse answers.
 */
@Component({
  selector: 'mb-cohort-pairs-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    EmptyStateComponent,
    LoadFailedComponent,
    LocalDatePipe,
    PageHeaderComponent,
    StatusChipComponent,
    PairSupportPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './cohort-pairs.page.scss',
  templateUrl: './cohort-pairs.page.html',
})
export class CohortPairsPage {
  private readonly api = inject(SupportApi);
  private readonly cohortsApi = inject(CohortsApi);
  private readonly route = inject(ActivatedRoute);

  protected readonly riskLabels = RISK_REASON_LABELS;
  protected readonly programId = routeParam(this.route, 'programId');
  protected readonly cohortId = routeParam(this.route, 'cohortId');

  protected readonly cohort = rxResource({
    params: () => this.cohortId(),
    stream: ({ params }) => this.cohortsApi.get(params),
  });
  protected readonly pairs = rxResource({
    params: () => this.cohortId(),
    stream: ({ params }) => this.api.pairs(params),
  });
  protected readonly notFound = computed(
    () =>
      (this.pairs.status() === 'error' && httpStatusOf(this.pairs.error()) === 404) ||
      (this.cohort.status() === 'error' && httpStatusOf(this.cohort.error()) === 404),
  );

  protected readonly atRiskOnly = signal(false);
  protected readonly selectedId = signal<string | null>(null);

  private readonly all = computed(() => (this.pairs.hasValue() ? this.pairs.value() : []));
  protected readonly atRiskCount = computed(
    () => this.all().filter((pair) => pair.risks.length > 0).length,
  );
  protected readonly rows = computed(() =>
    this.atRiskOnly() ? this.all().filter((pair) => pair.risks.length > 0) : this.all(),
  );
  protected readonly selected = computed(
    () => this.all().find((pair) => pair.matchId === this.selectedId()) ?? null,
  );

  protected toggle(pair: PairHealthView): void {
    this.selectedId.update((current) => (current === pair.matchId ? null : pair.matchId));
  }

  protected pairName(pair: PairHealthView): string {
    return `${pair.mentor.displayName} and ${pair.mentee.displayName}`;
  }
}
