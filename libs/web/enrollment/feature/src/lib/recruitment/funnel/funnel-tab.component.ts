import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { CohortFunnel, FunnelStage, PARTICIPANT_ROLES } from '@mentorbridge/shared-contracts';
import { StatCardComponent } from '@mentorbridge/web-shared-ui';
import { formatShare, plural, ROLE_PLURALS } from '../shared/labels';

const STAGE_LABELS: Record<FunnelStage['stage'], string> = {
  invited: 'Invited',
  applied: 'Applied',
  approved: 'Approved',
  matched: 'Matched',
};

const PREVIOUS_STAGE: Record<FunnelStage['stage'], string> = {
  invited: '',
  applied: 'invited',
  approved: 'applied',
  matched: 'approved',
};

export interface FunnelRow {
  stage: FunnelStage['stage'];
  label: string;
  people: number;
  peopleText: string;
  /** Bar length in % of the widest stage of the role. */
  width: number;
  conversion: string;
}

export interface FunnelView {
  role: string;
  title: string;
  rows: FunnelRow[];
}

/** Stages of one role as the chart shows them: counts, bar lengths and conversions. */
export function funnelRows(stages: readonly FunnelStage[]): FunnelRow[] {
  const max = Math.max(1, ...stages.map((s) => s.people));
  return stages.map((s) => ({
    stage: s.stage,
    label: STAGE_LABELS[s.stage],
    people: s.people,
    peopleText: plural(s.people, 'person', 'people'),
    width: Math.round((s.people / max) * 1000) / 10,
    conversion:
      s.conversion === null
        ? s.stage === 'invited'
          ? '—'
          : `No one ${PREVIOUS_STAGE[s.stage]} yet`
        : `${formatShare(s.conversion)} of ${PREVIOUS_STAGE[s.stage]}`,
  }));
}

/**
 * The cohort's enrollment funnel per role: invited → applied → approved → matched, with the
 * conversion from each stage to the next. The chart is a real table, so screen readers read the
 * same numbers sighted people see.
 */
@Component({
  selector: 'mb-funnel-tab',
  imports: [MatIconModule, StatCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cards">
      <mb-stat-card
        label="To screen"
        icon="pending"
        [value]="funnel().toScreen"
        hint="Applications waiting for a decision"
        [attention]="funnel().toScreen > 0"
        [link]="[]"
        [queryParams]="{ tab: 'screening' }"
        linkLabel="Screen them"
        data-testid="funnel-to-screen"
      />
      <mb-stat-card
        label="Waitlisted"
        icon="schedule"
        [value]="funnel().waitlisted"
        hint="Can still be approved or rejected"
      />
      <mb-stat-card
        label="Withdrawn"
        icon="undo"
        [value]="funnel().withdrawn"
        hint="Applicants who withdrew"
      />
    </div>

    <div class="roles">
      @for (view of views(); track view.role) {
        <section class="role" [attr.aria-labelledby]="'funnel-' + view.role">
          <h2 class="role-title" [id]="'funnel-' + view.role">{{ view.title }}</h2>
          <table class="funnel" [attr.data-testid]="'funnel-' + view.role">
            <caption class="visually-hidden">
              {{
                view.title
              }}
              of
              {{
                cohortName()
              }}: people at each stage and the share of the stage before
            </caption>
            <thead class="visually-hidden">
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">People</th>
                <th scope="col">Conversion</th>
              </tr>
            </thead>
            <tbody>
              @for (row of view.rows; track row.stage) {
                <tr [attr.data-stage]="row.stage">
                  <th scope="row" class="stage">{{ row.label }}</th>
                  <td class="bar-cell">
                    <span class="bar" aria-hidden="true">
                      <span class="fill" [style.width.%]="row.width"></span>
                    </span>
                    <span class="people">{{ row.peopleText }}</span>
                  </td>
                  <td class="conversion" data-testid="funnel-conversion">{{ row.conversion }}</td>
                </tr>
              }
            </tbody>
          </table>
        </section>
      }
    </div>

    <details class="how">
      <summary>How is this computed?</summary>
      <p>
        Each stage counts distinct people, per role: <strong>invited</strong> — people with an
        invitation to this cohort; <strong>applied</strong> — people who submitted an application
        (invited or not, whatever happened to it later); <strong>approved</strong> — people approved
        as participants; <strong>matched</strong> — participants in a published match (filled in
        once matching publishes pairs).
      </p>
      <p>
        Conversion is a stage divided by the stage before it, e.g. applied ÷ invited. It can pass
        100% when people apply without an invitation. The cards count applications: waiting for a
        decision, waitlisted, and withdrawn by the applicant.
      </p>
    </details>
  `,
  styles: `
    :host {
      display: block;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 160px), 1fr));
      gap: 12px;
      margin-bottom: 24px;
    }
    .roles {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
      gap: 24px;
      margin-bottom: 24px;
    }
    .role {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .role-title {
      margin: 0 0 12px;
      font: var(--mat-sys-title-large);
    }
    .funnel {
      width: 100%;
      border-collapse: collapse;
    }
    .funnel th,
    .funnel td {
      padding: 6px 4px;
      text-align: left;
      vertical-align: middle;
    }
    .stage {
      width: 84px;
      font: var(--mat-sys-label-large);
    }
    .bar-cell {
      width: 60%;
    }
    .bar {
      display: block;
      height: 20px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
      overflow: hidden;
    }
    .fill {
      display: block;
      height: 100%;
      min-width: 2px;
      background: var(--mat-sys-primary);
    }
    .people {
      display: block;
      margin-top: 2px;
      font: var(--mat-sys-body-small);
    }
    .conversion {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface);
      white-space: nowrap;
    }
    @media (max-width: 599.98px) {
      .conversion {
        white-space: normal;
      }
    }
    .how {
      max-width: 80ch;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
    }
    .how summary {
      cursor: pointer;
      font: var(--mat-sys-title-small);
    }
    .how p {
      margin: 8px 0 0;
    }
  `,
})
export class FunnelTabComponent {
  readonly funnel = input.required<CohortFunnel>();
  readonly cohortName = input('this cohort');

  protected readonly views = computed<FunnelView[]>(() =>
    // Mentees first: their funnel is the one programs watch most.
    [...PARTICIPANT_ROLES].reverse().map((role) => ({
      role,
      title: ROLE_PLURALS[role],
      rows: funnelRows(this.funnel().byRole[role] ?? []),
    })),
  );
}
