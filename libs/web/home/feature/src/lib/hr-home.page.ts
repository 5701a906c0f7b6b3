import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { PERMISSIONS, ProgramSummary } from '@mentorbridge/shared-contracts';
import { RecruitmentApi } from '@mentorbridge/web-enrollment-data-access';
import { AuthStore, OrganisationApi } from '@mentorbridge/web-identity-data-access';
import {
  cohortStateChip,
  ProgramsApi,
  readinessChip,
  readinessGatePasses,
} from '@mentorbridge/web-programs-data-access';
import { freshnessText, ReportingApi } from '@mentorbridge/web-reporting-data-access';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatCardComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { greeting } from './greeting';
import { NEEDS_CARDS, NEEDS_SECTIONS, needsCard } from './hr/needs-action';

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

/**
 * HR lead home: what needs action today across the programs I run (one request to the reporting
 * API), each count with a direct link to where to act; then the directory and my programs.
 */
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
    .cohort-list {
      margin: 12px 0 0;
      padding: 0;
      list-style: none;
    }
    .cohort-row {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0 12px;
      padding: 6px 0;
    }
    .cohort-row + .cohort-row {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .cohort-count {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
  `,
  template: `
    <mb-page-header title="Needs action" [subtitle]="subtitle()" />

    @if (canManagePrograms()) {
      @if (needs.hasValue()) {
        <p class="freshness" data-testid="needs-freshness">
          <mat-icon aria-hidden="true" fontIcon="schedule" />
          {{ freshness() }}
        </p>
        @for (section of sections(); track section.id) {
          <section class="section" [attr.aria-labelledby]="'hr-' + section.id + '-heading'">
            <h2 [id]="'hr-' + section.id + '-heading'" class="section-title">
              {{ section.label }}
            </h2>
            <div class="cards">
              @for (card of section.cards; track card.metric) {
                <mb-stat-card
                  [attr.data-testid]="card.testId"
                  [label]="card.label"
                  [icon]="card.icon"
                  [value]="card.value"
                  [hint]="card.hint"
                  [link]="card.cardLink"
                  [queryParams]="card.queryParams"
                  [linkLabel]="card.cardLink ? card.linkLabel : null"
                  [attention]="card.value > 0"
                >
                  @if (card.cohorts.length) {
                    <ul class="cohort-list" [attr.aria-label]="'Cohorts: ' + card.label">
                      @for (entry of card.cohorts; track entry.row.cohortId) {
                        <li class="cohort-row" data-testid="needs-cohort">
                          <a [routerLink]="entry.link" [queryParams]="card.queryParams"
                            >{{ entry.row.programName }} · {{ entry.row.cohortName }}</a
                          >
                          <span class="cohort-count">
                            {{ entry.count | number }} {{ card.unit }}
                            @if (entry.flagged) {
                              · {{ entry.flagged | number }} flagged
                            }
                          </span>
                        </li>
                      }
                    </ul>
                  }
                </mb-stat-card>
              }
            </div>
          </section>
        }
      } @else if (needs.status() === 'error') {
        <section class="section" aria-labelledby="hr-needs-heading">
          <h2 id="hr-needs-heading" class="section-title">Today</h2>
          <mb-load-failed title="We couldn't load what needs action" (retry)="needs.reload()" />
        </section>
      } @else if (needs.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading what needs action" />
      }
    }

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
  private readonly reportingApi = inject(ReportingApi);
  private readonly router = inject(Router);

  protected readonly cannotCreate = CANNOT_CREATE;
  protected readonly stateChip = cohortStateChip;
  protected readonly readinessChip = readinessChip;

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
  /** Everything that needs this HR lead today, per cohort of the programs they run. */
  protected readonly needs = rxResource({
    params: () => (this.canManagePrograms() ? true : undefined),
    stream: () => this.reportingApi.needsAction(),
  });
  /** Mentee goals flagged in the screening queues (adds to the "Applications to screen" card). */
  protected readonly screening = rxResource({
    params: () => (this.canManagePrograms() ? true : undefined),
    stream: () => this.recruitmentApi.screeningSummary(),
  });
  protected readonly freshness = computed(() =>
    this.needs.hasValue() ? freshnessText(this.needs.value().freshness) : '',
  );
  protected readonly sections = computed(() => {
    if (!this.needs.hasValue()) {
      return [];
    }
    const needs = this.needs.value();
    const screening = this.screening.hasValue() ? this.screening.value() : null;
    const cards = NEEDS_CARDS.map((text) => needsCard(text, needs, screening));
    return NEEDS_SECTIONS.map((section) => ({
      ...section,
      cards: cards.filter((card) => card.section === section.id),
    }));
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
