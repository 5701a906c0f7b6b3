import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import {
  PERMISSIONS,
  ProgramSummary,
  ScreeningSummary,
  SupportSummary,
} from '@mentorbridge/shared-contracts';
import { RecruitmentApi } from '@mentorbridge/web-enrollment-data-access';
import { AuthStore, OrganisationApi } from '@mentorbridge/web-identity-data-access';
import {
  cohortStateChip,
  ProgramsApi,
  readinessChip,
  readinessGatePasses,
} from '@mentorbridge/web-programs-data-access';
import { SupportApi } from '@mentorbridge/web-sessions-data-access';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatCardComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { greeting } from './greeting';

const CANNOT_CREATE =
  'Only organisation-wide HR leads can create programs. Ask one of them to set it up.';

/** Programs whose current cohort is a draft, split by whether the readiness gate lets it open. */
function draftCohorts(programs: readonly ProgramSummary[]) {
  const drafts = programs.filter((program) => program.currentCohort?.state === 'draft');
  return {
    blocked: drafts.filter((program) => !readinessGatePasses(program.readiness)),
    ready: drafts.filter((program) => readinessGatePasses(program.readiness)),
  };
}

/** Where a "waiting" card leads: the one program's cohort, or the list when there are several. */
function waitingLink(programs: readonly ProgramSummary[]): string {
  const [only] = programs;
  return programs.length === 1 && only?.currentCohort
    ? `/programs/${only.id}/cohorts/${only.currentCohort.id}`
    : '/programs';
}

/** The screening queue of one cohort (the recruitment page opens on it). */
function screeningLink(row: ScreeningSummary): string[] {
  return ['/programs', row.programId, 'cohorts', row.cohortId, 'recruitment'];
}

const SCREENING_QUERY = { tab: 'screening' } as const;

/** "1 mentee goal is" / "3 mentee goals are" flagged for a conversation. */
function flaggedHint(flagged: number): string {
  if (flagged === 0) {
    return 'No mentee goal is flagged for a conversation.';
  }
  return flagged === 1
    ? '1 mentee goal is flagged for a conversation before a decision.'
    : `${flagged} mentee goals are flagged for a conversation before a decision.`;
}

/** What the "Applications to screen" card shows, from the cohorts the HR lead runs. */
function screeningCard(rows: readonly ScreeningSummary[]) {
  const cohorts = rows.filter((row) => row.toScreen > 0);
  const toScreen = cohorts.reduce((sum, row) => sum + row.toScreen, 0);
  const flagged = cohorts.reduce((sum, row) => sum + row.flagged, 0);
  const [only] = cohorts;
  const single = cohorts.length === 1 && only ? only : null;
  let hint = 'Nothing waits for screening.';
  if (single) {
    hint = `In ${single.programName} · ${single.cohortName}. ${flaggedHint(flagged)}`;
  } else if (toScreen > 0) {
    hint = `Across ${cohorts.length} cohorts. ${flaggedHint(flagged)}`;
  }
  return {
    toScreen,
    hint,
    /** The one cohort's queue; with several, each is listed on the card instead. */
    link: single ? screeningLink(single) : null,
    cohorts: single ? [] : cohorts,
  };
}

type SupportCohort = SupportSummary['cohorts'][number];
type SupportMetric = 'atRisk' | 'checkInsDue' | 'openFlags';

/** The pairs page of one cohort. */
function pairsLink(row: SupportCohort): string[] {
  return ['/programs', row.programId, 'cohorts', row.cohortId, 'pairs'];
}

interface SupportCardText {
  label: string;
  icon: string;
  testId: string;
  unit: string;
  rule: string;
  none: string;
}

const SUPPORT_CARDS: Readonly<Record<SupportMetric, SupportCardText>> = {
  atRisk: {
    label: 'Pairs at risk',
    icon: 'crisis_alert',
    testId: 'support-at-risk',
    unit: 'at risk',
    rule: 'At risk: no session for 1.5 × the cadence, two no-shows in a row, overdue milestones, an open concern or a satisfaction of 2/5 or less.',
    none: 'No active pair shows a sign of trouble.',
  },
  checkInsDue: {
    label: 'Check-ins due',
    icon: 'event_available',
    testId: 'support-check-ins',
    unit: 'due',
    rule: 'Your check-ins with each pair are due on day 14 and day 30, then monthly.',
    none: 'No check-in with a pair is due.',
  },
  openFlags: {
    label: 'Open concerns',
    icon: 'flag',
    testId: 'support-flags',
    unit: 'open',
    rule: 'Concerns a mentor or a mentee raised wait for you to resolve them with a note.',
    none: 'No concern is open.',
  },
};

/** One "Pairs" card: the total, where it comes from, and the link(s) to act on it. */
function supportCard(summary: SupportSummary, metric: SupportMetric) {
  const text = SUPPORT_CARDS[metric];
  const cohorts = summary.cohorts.filter((row) => row[metric] > 0);
  const total = cohorts.reduce((sum, row) => sum + row[metric], 0);
  const [only] = cohorts;
  const single = cohorts.length === 1 && only ? only : null;
  let hint = text.none;
  if (single) {
    hint = `In ${single.programName} · ${single.cohortName}. ${text.rule}`;
  } else if (total > 0) {
    hint = `Across ${cohorts.length} cohorts. ${text.rule}`;
  }
  return {
    ...text,
    metric,
    value: total,
    hint,
    /** The one cohort's pairs; with several, each is listed on the card instead. */
    link: single ? pairsLink(single) : null,
    cohorts: single ? [] : cohorts,
  };
}

/** HR lead home: the counts that ask for action, each with its next step. */
@Component({
  selector: 'mb-hr-home',
  imports: [
    DecimalPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    StatCardComponent,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './home.scss',
  styles: `
    .section-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      margin-bottom: 12px;
    }
    .section-head .section-title {
      margin: 0;
    }
    .head-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .waiting {
      margin-bottom: 16px;
    }
    .program-list {
      margin: 0;
      padding: 0;
      list-style: none;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .program {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding: 12px 16px;
    }
    .program + .program {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .program-name {
      flex: 1 1 220px;
      font: var(--mat-sys-title-medium);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .chip-label {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .screening-list {
      margin: 12px 0 0;
      padding: 0;
      list-style: none;
    }
    .screening-cohort {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0 12px;
      padding: 6px 0;
    }
    .screening-cohort + .screening-cohort {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .screening-count {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
  `,
  template: `
    <mb-page-header title="Needs action" [subtitle]="subtitle()" />

    <section class="section" aria-labelledby="hr-people-heading">
      <h2 id="hr-people-heading" class="section-title">People</h2>
      @if (stats.hasValue()) {
        @let s = stats.value();
        <div class="cards">
          <mb-stat-card
            label="Invitations not accepted"
            icon="mail"
            [value]="s.invited"
            [hint]="
              s.invited > 0
                ? 'Invited people who have not activated their account. Resend the link if it got lost.'
                : 'Everyone you invited has activated their account.'
            "
            link="/admin/users"
            [queryParams]="{ status: 'invited' }"
            linkLabel="Review invitations"
            [attention]="s.invited > 0"
          />
          <mb-stat-card
            label="Active people without a manager"
            icon="account_tree"
            [value]="s.withoutManager"
            [hint]="
              s.withoutManager > 0
                ? 'Matching needs the reporting line, so nobody is paired with their own manager.'
                : 'Every active person has a manager recorded.'
            "
            link="/admin/users"
            [queryParams]="{ status: 'active' }"
            linkLabel="Open People"
            [attention]="s.withoutManager > 0"
          />
          <mb-stat-card
            label="People in the directory"
            icon="groups"
            [value]="s.people"
            [hint]="
              s.active + ' active · ' + s.invited + ' invited · ' + s.deactivated + ' deactivated'
            "
            link="/admin/users"
            linkLabel="Open People"
          />
          <mb-stat-card
            label="Departments"
            icon="domain"
            [value]="s.departments"
            hint="Departments recorded in the directory."
            link="/admin/users/import"
            linkLabel="Import people"
          />
        </div>
      } @else if (stats.status() === 'error') {
        <mb-load-failed title="We couldn't load the numbers" (retry)="stats.reload()" />
      } @else {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the numbers" />
      }
    </section>

    @if (canManagePrograms()) {
      <section class="section" aria-labelledby="hr-recruitment-heading">
        <h2 id="hr-recruitment-heading" class="section-title">Recruitment</h2>
        @if (screening.hasValue()) {
          @let card = screeningCard();
          <div class="cards">
            <mb-stat-card
              data-testid="screening-card"
              label="Applications to screen"
              icon="how_to_reg"
              [value]="card.toScreen"
              [hint]="card.hint"
              [link]="card.link"
              [queryParams]="screeningQuery"
              [linkLabel]="card.link ? 'Open the screening queue' : null"
              [attention]="card.toScreen > 0"
            >
              @if (card.cohorts.length) {
                <ul class="screening-list" aria-label="Cohorts with applications to screen">
                  @for (row of card.cohorts; track row.cohortId) {
                    <li class="screening-cohort" data-testid="screening-cohort">
                      <a [routerLink]="screeningLink(row)" [queryParams]="screeningQuery"
                        >{{ row.programName }} · {{ row.cohortName }}</a
                      >
                      <span class="screening-count">
                        {{ row.toScreen | number }} to screen
                        @if (row.flagged) {
                          · {{ row.flagged | number }} flagged
                        }
                      </span>
                    </li>
                  }
                </ul>
              }
            </mb-stat-card>
          </div>
        } @else if (screening.status() === 'error') {
          <mb-load-failed
            title="We couldn't load the applications to screen"
            (retry)="screening.reload()"
          />
        } @else if (screening.isLoading()) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the applications to screen" />
        }
      </section>

      <section class="section" aria-labelledby="hr-pairs-heading">
        <h2 id="hr-pairs-heading" class="section-title">Pairs</h2>
        @if (support.hasValue()) {
          <div class="cards">
            @for (card of supportCards(); track card.metric) {
              <mb-stat-card
                [attr.data-testid]="card.testId"
                [label]="card.label"
                [icon]="card.icon"
                [value]="card.value"
                [hint]="card.hint"
                [link]="card.link"
                [linkLabel]="card.link ? 'Open the pairs' : null"
                [attention]="card.value > 0"
              >
                @if (card.cohorts.length) {
                  <ul class="screening-list" [attr.aria-label]="'Cohorts: ' + card.label">
                    @for (row of card.cohorts; track row.cohortId) {
                      <li class="screening-cohort" data-testid="support-cohort">
                        <a [routerLink]="pairsLink(row)"
                          >{{ row.programName }} · {{ row.cohortName }}</a
                        >
                        <span class="screening-count">
                          {{ row[card.metric] | number }} {{ card.unit }}
                        </span>
                      </li>
                    }
                  </ul>
                }
              </mb-stat-card>
            }
          </div>
        } @else if (support.status() === 'error') {
          <mb-load-failed
            title="We couldn't load the pairs to support"
            (retry)="support.reload()"
          />
        } @else if (support.isLoading()) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the pairs to support" />
        }
      </section>
    }

    <section class="section" aria-labelledby="hr-programs-heading">
      <div class="section-head">
        <h2 id="hr-programs-heading" class="section-title">Programs</h2>
        <div class="head-actions">
          @if (hasPrograms()) {
            <a mat-button routerLink="/programs">All programs</a>
          }
          <button
            mat-stroked-button
            type="button"
            disabledInteractive
            [disabled]="!canCreate()"
            [matTooltip]="canCreate() ? '' : cannotCreate"
            (click)="newProgram()"
          >
            <mat-icon aria-hidden="true" fontIcon="add" />
            New program
          </button>
        </div>
      </div>
      @if (programs.hasValue()) {
        @let list = programs.value().items;
        @if (list.length) {
          @let drafts = waiting();
          <div class="cards waiting">
            <mb-stat-card
              label="Draft cohorts waiting for readiness"
              icon="lock_clock"
              [value]="drafts.blocked.length"
              [hint]="
                drafts.blocked.length > 0
                  ? 'They can open recruitment once the latest readiness assessment of their program is Ready or better.'
                  : 'No draft cohort is held back by the readiness gate.'
              "
              [link]="blockedLink()"
              [linkLabel]="drafts.blocked.length > 0 ? 'Review readiness' : null"
              [attention]="drafts.blocked.length > 0"
            />
            <mb-stat-card
              label="Draft cohorts ready to open recruitment"
              icon="campaign"
              [value]="drafts.ready.length"
              [hint]="
                drafts.ready.length > 0
                  ? 'Readiness is met: open recruitment when the dates suit.'
                  : 'No draft cohort is waiting for you to open recruitment.'
              "
              [link]="readyLink()"
              [linkLabel]="drafts.ready.length > 0 ? 'Open the cohort' : null"
              [attention]="drafts.ready.length > 0"
            />
          </div>
          <ul class="program-list" aria-label="My programs">
            @for (program of list; track program.id) {
              <li class="program" data-testid="home-program">
                <a class="program-name" [routerLink]="['/programs', program.id]">{{
                  program.name
                }}</a>
                <span class="chips">
                  <span class="chip-label">Cohort</span>
                  @if (program.currentCohort; as cohort) {
                    @let state = stateChip(cohort.state);
                    <mb-status-chip [label]="state.label" [tone]="state.tone" [icon]="state.icon" />
                  } @else {
                    <mb-status-chip label="No open cohort" tone="neutral" icon="remove" />
                  }
                  <span class="chip-label">Readiness</span>
                  @let readiness = readinessChip(program.readiness);
                  <mb-status-chip
                    [label]="readiness.label"
                    [tone]="readiness.tone"
                    [icon]="readiness.icon"
                  />
                </span>
              </li>
            }
          </ul>
        } @else {
          <mb-empty-state
            icon="event_note"
            [title]="canCreate() ? 'No programs yet — create the first one' : 'No programs yet'"
            [message]="
              canCreate()
                ? 'A program sets the rules its cohorts follow; its status shows here.'
                : 'You are not an owner of any program yet. ' + cannotCreate
            "
            [headingLevel]="3"
          >
            @if (canCreate()) {
              <button mat-flat-button type="button" (click)="newProgram()">New program</button>
            }
          </mb-empty-state>
        }
      } @else if (programs.status() === 'error') {
        <mb-load-failed title="We couldn't load your programs" (retry)="programs.reload()" />
      } @else if (programs.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading your programs" />
      }
    </section>
  `,
})
export class HrHomePage {
  private readonly store = inject(AuthStore);
  private readonly organisationApi = inject(OrganisationApi);
  private readonly programsApi = inject(ProgramsApi);
  private readonly recruitmentApi = inject(RecruitmentApi);
  private readonly supportApi = inject(SupportApi);
  private readonly router = inject(Router);

  protected readonly cannotCreate = CANNOT_CREATE;
  protected readonly stateChip = cohortStateChip;
  protected readonly readinessChip = readinessChip;
  protected readonly screeningLink = screeningLink;
  protected readonly screeningQuery = SCREENING_QUERY;
  protected readonly pairsLink = pairsLink;

  protected readonly stats = rxResource({ stream: () => this.organisationApi.stats() });
  protected readonly canCreate = computed(
    () => this.store.user()?.orgPermissions?.includes(PERMISSIONS.programsCreate) ?? false,
  );
  protected readonly canManagePrograms = computed(() =>
    this.store.hasPermission(PERMISSIONS.programsManage),
  );
  /** The programs this HR lead runs (the first page), with their current cohort and readiness. */
  protected readonly programs = rxResource({
    params: () => (this.canManagePrograms() ? true : undefined),
    stream: () => this.programsApi.list({ pageSize: 25 }),
  });
  /** Applications waiting for a decision in the recruiting cohorts this HR lead runs. */
  protected readonly screening = rxResource({
    params: () => (this.canManagePrograms() ? true : undefined),
    stream: () => this.recruitmentApi.screeningSummary(),
  });
  protected readonly screeningCard = computed(() =>
    screeningCard(this.screening.hasValue() ? this.screening.value() : []),
  );
  /** Pairs at risk, check-ins due and open concerns across the cohorts this HR lead runs. */
  protected readonly support = rxResource({
    params: () => (this.canManagePrograms() ? true : undefined),
    stream: () => this.supportApi.summary(),
  });
  protected readonly supportCards = computed(() => {
    if (!this.support.hasValue()) {
      return [];
    }
    const summary = this.support.value();
    return (['atRisk', 'checkInsDue', 'openFlags'] as const).map((metric) =>
      supportCard(summary, metric),
    );
  });
  protected readonly hasPrograms = computed(
    () => this.programs.hasValue() && this.programs.value().total > 0,
  );
  protected readonly waiting = computed(() =>
    draftCohorts(this.programs.hasValue() ? this.programs.value().items : []),
  );
  protected readonly blockedLink = computed(() => {
    const blocked = this.waiting().blocked;
    const [only] = blocked;
    return blocked.length === 1 && only ? `/programs/${only.id}/readiness` : '/programs';
  });
  protected readonly readyLink = computed(() => waitingLink(this.waiting().ready));
  protected readonly subtitle = computed(
    () => `${greeting(this.store.firstName())}. Here is what needs you today.`,
  );

  protected newProgram(): void {
    if (this.canCreate()) {
      void this.router.navigate(['/programs/new']);
    }
  }
}
