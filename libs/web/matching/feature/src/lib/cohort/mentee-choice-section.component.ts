import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  COHORT_STATE_LABELS,
  CohortDetail,
  CohortState,
  MentorRequestView,
  Page,
  ShortlistGenerationResult,
} from '@mentorbridge/shared-contracts';
import {
  MatchingApi,
  MatchStatusChip,
  mentorRequestStateChip,
} from '@mentorbridge/web-matching-data-access';
import { ProgramsApi } from '@mentorbridge/web-programs-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  confirmAction,
  EmptyStateComponent,
  formatLocalDate,
  LoadFailedComponent,
  LocalDatePipe,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { plural } from '../shared/format';

/** Cohort states in which shortlists can be published (the API answers 409 otherwise). */
export const SHORTLIST_STATES: readonly CohortState[] = ['matching', 'active'];

export const REQUEST_PAGE_SIZES = [10, 25, 50, 100] as const;

interface RequestRow {
  request: MentorRequestView;
  chip: MatchStatusChip;
  /** "Expires 9 Apr 2027" for open requests; else when it ended ("Answered 3 Apr 2027"…). */
  endText: string;
  endAt: string | null;
}

const END_LABELS: Readonly<Record<MentorRequestView['state'], string>> = {
  open: 'Expires',
  accepted: 'Answered',
  declined: 'Answered',
  expired: 'Expired',
  withdrawn: 'Withdrawn',
};

function endOf(request: MentorRequestView): string | null {
  return request.state === 'open' ? request.expiresAt : request.respondedAt;
}

/** "3 mentees got a shortlist; each mentor is shown to at most 2." (+ who got none). */
export function shortlistResultMessage(result: ShortlistGenerationResult): string {
  if (result.mentees === 0) {
    return 'No shortlist published: every approved mentee already has a mentor.';
  }
  if (result.withShortlist === 0) {
    return 'No shortlist published: no mentor with a free place is allowed for these mentees.';
  }
  const main = `${plural(result.withShortlist, 'mentee')} got a shortlist; each mentor is shown to at most ${plural(result.maxExposure, 'mentee')}.`;
  const without = result.mentees - result.withShortlist;
  return without > 0
    ? `${main} ${plural(without, 'mentee')} got none: no mentor with a free place fits them.`
    : main;
}

/**
 * The mentee-choice part of a cohort's matching page (only for programs whose matching mode is
 * mentee choice): publish ranked shortlists, then follow the requests mentees send to mentors.
 */
@Component({
  selector: 'mb-mentee-choice-section',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    StatusChipComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (program.status() === 'error') {
      <mb-load-failed
        title="We couldn't check whether mentees choose their mentor in this program"
        (retry)="program.reload()"
      />
    } @else if (menteeChoice()) {
      <section class="section" aria-labelledby="choice-heading" data-testid="mentee-choice">
        <div class="heading-row">
          <h2 id="choice-heading" class="section-title">Mentee choice</h2>
          <button
            mat-flat-button
            type="button"
            disabledInteractive
            [disabled]="!!publishBlocked() || publishing()"
            [matTooltip]="publishBlocked() ?? ''"
            (click)="publish()"
            data-testid="publish-shortlists"
          >
            <mat-icon aria-hidden="true" fontIcon="format_list_numbered" />
            Publish shortlists
          </button>
        </div>
        <p class="hint" data-testid="choice-intro">
          In this program mentees choose their mentor. Publishing gives each approved mentee without
          a mentor a ranked list of suggested mentors{{ sizeText() }}; they ask mentors from it and
          a mentor accepts or declines{{ expiryText() }}. Runs still work too, for the mentees you
          would rather pair yourself.
        </p>
        @if (publishing()) {
          <mat-progress-bar mode="indeterminate" aria-label="Publishing the shortlists" />
        }
        @if (problem(); as message) {
          <mb-banner
            tone="error"
            title="The shortlists were not published"
            class="block"
            data-testid="shortlists-problem"
          >
            <p class="banner-text">{{ message }}</p>
            <button mat-button type="button" class="dismiss" (click)="problem.set(null)">
              Dismiss
            </button>
          </mb-banner>
        }

        <h3 class="sub-title" id="requests-heading">Requests to mentors</h3>
        <div class="progress">
          @if (requests.isLoading()) {
            <mat-progress-bar mode="indeterminate" aria-label="Loading the requests" />
          }
        </div>
        @if (requests.status() === 'error') {
          <mb-load-failed title="We couldn't load the requests" (retry)="requests.reload()" />
        } @else if (shown(); as page) {
          @if (rows().length) {
            <div class="table-card">
              <div class="table-scroll">
                <table
                  mat-table
                  [dataSource]="rows()"
                  [trackBy]="trackRow"
                  class="table"
                  aria-labelledby="requests-heading"
                >
                  <ng-container matColumnDef="mentee">
                    <th mat-header-cell *matHeaderCellDef>Mentee</th>
                    <td mat-cell *matCellDef="let row">{{ row.request.mentee.displayName }}</td>
                  </ng-container>
                  <ng-container matColumnDef="mentor">
                    <th mat-header-cell *matHeaderCellDef>Mentor</th>
                    <td mat-cell *matCellDef="let row">{{ row.request.mentor.displayName }}</td>
                  </ng-container>
                  <ng-container matColumnDef="state">
                    <th mat-header-cell *matHeaderCellDef>State</th>
                    <td mat-cell *matCellDef="let row">
                      <mb-status-chip
                        [label]="row.chip.label"
                        [tone]="row.chip.tone"
                        [icon]="row.chip.icon"
                        data-testid="request-state"
                      />
                    </td>
                  </ng-container>
                  <ng-container matColumnDef="sent">
                    <th mat-header-cell *matHeaderCellDef>Sent</th>
                    <td mat-cell *matCellDef="let row" class="nowrap">
                      <time [attr.datetime]="row.request.createdAt">
                        {{ row.request.createdAt | localDate: 'dateTime' }}
                      </time>
                    </td>
                  </ng-container>
                  <ng-container matColumnDef="end">
                    <th mat-header-cell *matHeaderCellDef>Expires / answered</th>
                    <td mat-cell *matCellDef="let row" class="nowrap">
                      @if (row.endAt) {
                        <time [attr.datetime]="row.endAt">{{ row.endText }}</time>
                      } @else {
                        <span class="muted">—</span>
                      }
                    </td>
                  </ng-container>
                  <ng-container matColumnDef="reason">
                    <th mat-header-cell *matHeaderCellDef>Why it closed</th>
                    <td mat-cell *matCellDef="let row" class="reason">
                      {{ row.request.closedReason ?? '—' }}
                    </td>
                  </ng-container>

                  <tr mat-header-row *matHeaderRowDef="columns"></tr>
                  <tr mat-row *matRowDef="let row; columns: columns" data-testid="request-row"></tr>
                </table>
              </div>
            </div>
            <mat-paginator
              [length]="page.total"
              [pageIndex]="pageIndex() - 1"
              [pageSize]="pageSize()"
              [pageSizeOptions]="pageSizes"
              [showFirstLastButtons]="true"
              (page)="onPage($event)"
              aria-label="Choose page of requests"
            />
          } @else {
            <mb-empty-state
              icon="forum"
              title="No requests yet"
              [message]="emptyMessage()"
              [headingLevel]="3"
              data-testid="no-requests"
            />
          }
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .section {
      margin-bottom: 32px;
    }
    .heading-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      margin-bottom: 12px;
    }
    .section-title {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .sub-title {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .hint {
      margin: 0 0 12px;
      max-width: 80ch;
      color: var(--mat-sys-on-surface-variant);
    }
    .block {
      display: block;
      margin: 12px 0;
    }
    .banner-text {
      margin: 0;
    }
    .dismiss {
      margin-top: 4px;
      --mat-button-text-label-text-color: currentColor;
    }
    .progress {
      height: 4px;
    }
    .table-card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      overflow: hidden;
      background: var(--mat-sys-surface);
    }
    .table-scroll {
      overflow-x: auto;
    }
    .table {
      width: 100%;
    }
    .nowrap {
      white-space: nowrap;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .reason {
      min-width: 160px;
      overflow-wrap: anywhere;
    }
  `,
})
export class MenteeChoiceSectionComponent {
  private readonly api = inject(MatchingApi);
  private readonly programsApi = inject(ProgramsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  readonly cohort = input.required<CohortDetail>();

  protected readonly columns = ['mentee', 'mentor', 'state', 'sent', 'end', 'reason'] as const;
  protected readonly pageSizes = [...REQUEST_PAGE_SIZES];

  protected readonly program = rxResource({
    params: () => this.cohort().programId,
    stream: ({ params }) => this.programsApi.get(params),
  });
  protected readonly menteeChoice = computed(
    () => this.program.hasValue() && this.program.value().matchingMode === 'mentee_choice',
  );

  /** Shortlist size and request expiry, for the explanation (not needed to work). */
  private readonly settings = rxResource({
    params: () => (this.menteeChoice() ? this.cohort().programId : undefined),
    stream: ({ params }) => this.api.settings(params),
  });
  protected readonly sizeText = computed(() => {
    const settings = this.settings.hasValue() ? this.settings.value() : null;
    return settings ? ` (up to ${plural(settings.shortlistSize, 'mentor')})` : '';
  });
  protected readonly expiryText = computed(() => {
    const settings = this.settings.hasValue() ? this.settings.value() : null;
    return settings
      ? ` within ${plural(settings.requestExpiryDays, 'day')}, or the request expires`
      : '';
  });

  protected readonly pageIndex = signal(1);
  protected readonly pageSize = signal<number>(REQUEST_PAGE_SIZES[1]);

  protected readonly requests = rxResource({
    params: () =>
      this.menteeChoice()
        ? { cohortId: this.cohort().id, page: this.pageIndex(), pageSize: this.pageSize() }
        : undefined,
    stream: ({ params }) =>
      this.api.cohortMentorRequests(params.cohortId, {
        page: params.page,
        pageSize: params.pageSize,
      }),
  });
  /** The last page loaded, kept on screen while the next one loads. */
  protected readonly shown = linkedSignal<
    Page<MentorRequestView> | undefined,
    Page<MentorRequestView> | undefined
  >({
    source: () => (this.requests.hasValue() ? this.requests.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly rows = computed<RequestRow[]>(() =>
    (this.shown()?.items ?? []).map((request) => ({
      request,
      chip: mentorRequestStateChip(request.state),
      endText: `${END_LABELS[request.state]} ${formatLocalDate(endOf(request))}`,
      endAt: endOf(request),
    })),
  );

  protected readonly publishing = signal(false);
  protected readonly problem = signal<string | null>(null);

  /** Why shortlists cannot be published now, or null when they can. */
  protected readonly publishBlocked = computed<string | null>(() => {
    const cohort = this.cohort();
    return SHORTLIST_STATES.includes(cohort.state)
      ? null
      : `Shortlists can be published while the cohort is Matching or Active; ${cohort.name} is ${COHORT_STATE_LABELS[cohort.state]}.`;
  });

  protected readonly emptyMessage = computed(() =>
    this.publishBlocked()
      ? 'Once the cohort is Matching, publish shortlists: mentees then ask mentors from their list, and each request shows here.'
      : 'Publish shortlists so mentees can ask mentors from their list. Each request, its answer and why it closed show here.',
  );

  protected async publish(): Promise<void> {
    if (this.publishBlocked() || this.publishing()) {
      return;
    }
    const confirmed = await confirmAction(this.dialog, {
      title: 'Publish shortlists?',
      message:
        'Each approved mentee without a mentor gets a ranked list of suggested mentors and a message. ' +
        'No mentor is shown to more mentees than they have free places, and everyone gets a first ' +
        'option before anyone gets a second. Publishing again replaces the earlier lists; requests ' +
        'already sent stay.',
      confirmLabel: 'Publish shortlists',
    });
    if (!confirmed) {
      return;
    }
    this.publishing.set(true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(this.api.publishShortlists(this.cohort().id));
      this.snackBar.open(shortlistResultMessage(result), 'OK', { duration: 8000 });
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.publishing.set(false);
    }
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex + 1);
    this.pageSize.set(event.pageSize);
  }

  protected readonly trackRow = (_: number, row: RequestRow) => row.request.id;
}
