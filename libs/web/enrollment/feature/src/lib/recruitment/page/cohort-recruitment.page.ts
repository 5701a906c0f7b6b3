import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { RecruitmentApi } from '@mentorbridge/web-enrollment-data-access';
import { CohortsApi, cohortStateChip } from '@mentorbridge/web-programs-data-access';
import { httpStatusOf } from '@mentorbridge/web-shared-data-access';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { map } from 'rxjs';
import { FunnelTabComponent } from '../funnel/funnel-tab.component';
import { InvitationsTabComponent } from '../invitations/invitations-tab.component';
import { MessagesTabComponent } from '../messages/messages-tab.component';
import { ScreeningTabComponent } from '../screening/screening-tab.component';
import { routeParam } from '../shared/route-params';

export const RECRUITMENT_TABS = ['screening', 'invitations', 'funnel', 'messages'] as const;
export type RecruitmentTab = (typeof RECRUITMENT_TABS)[number];

const TAB_LABELS: Record<RecruitmentTab, string> = {
  screening: 'Screening',
  invitations: 'Invitations',
  funnel: 'Funnel',
  messages: 'Messages',
};

function parseTab(value: string | null): RecruitmentTab {
  return (RECRUITMENT_TABS as readonly string[]).includes(value ?? '')
    ? (value as RecruitmentTab)
    : 'screening';
}

/**
 * Recruitment of one cohort for its HR leads: screen applications, invite people, watch the
 * funnel and read exactly what was sent. The open tab lives in the URL (`?tab=invitations`).
 */
@Component({
  selector: 'mb-cohort-recruitment-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    StatusChipComponent,
    FunnelTabComponent,
    InvitationsTabComponent,
    MessagesTabComponent,
    ScreeningTabComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort-recruitment.page.html',
  styleUrl: './cohort-recruitment.page.scss',
})
export class CohortRecruitmentPage {
  private readonly cohortsApi = inject(CohortsApi);
  private readonly api = inject(RecruitmentApi);
  private readonly route = inject(ActivatedRoute);

  protected readonly tabs = RECRUITMENT_TABS;
  protected readonly tabLabels = TAB_LABELS;

  protected readonly programId = routeParam(this.route, 'programId');
  protected readonly cohortId = routeParam(this.route, 'cohortId');
  protected readonly tab = toSignal(
    this.route.queryParamMap.pipe(map((params) => parseTab(params.get('tab')))),
    { initialValue: parseTab(this.route.snapshot.queryParamMap.get('tab')) },
  );

  protected readonly cohort = rxResource({
    params: () => this.cohortId(),
    stream: ({ params }) => this.cohortsApi.get(params),
  });
  protected readonly notFound = computed(
    () => this.cohort.status() === 'error' && httpStatusOf(this.cohort.error()) === 404,
  );
  protected readonly stateChip = computed(() =>
    this.cohort.hasValue() ? cohortStateChip(this.cohort.value().state) : null,
  );

  /** Shared by the screening tab's badge and the funnel tab. */
  protected readonly funnel = rxResource({
    params: () => this.cohortId(),
    stream: ({ params }) => this.api.funnel(params),
  });
  protected readonly toScreen = computed(() =>
    this.funnel.hasValue() ? this.funnel.value().toScreen : null,
  );

  protected refreshCounts(): void {
    this.funnel.reload();
  }
}
