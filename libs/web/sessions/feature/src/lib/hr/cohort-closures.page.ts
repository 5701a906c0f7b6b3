import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  CLOSURE_REASON_LABELS,
  CloseCohortResult,
  ClosureView,
  CohortClosureRow,
} from '@mentorbridge/shared-contracts';
import { ClosureApi } from '@mentorbridge/web-sessions-data-access';
import {
  downloadTextFile,
  httpStatusOf,
  toApiError,
  toCsv,
} from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  LocalDatePipe,
  PageHeaderComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import {
  contactText,
  documentationChip,
  initiatorLabel,
  matchStateChipOf,
  plural,
  reasonText,
} from '../closure/closure-format';
import {
  EarlyClosureDialogComponent,
  EarlyClosureDialogData,
} from '../closure/early-closure-dialog.component';
import { CloseCohortDialogComponent, CloseCohortDialogData } from './close-cohort-dialog.component';
import {
  ClosureDetailDialogComponent,
  ClosureDetailDialogData,
} from './closure-detail-dialog.component';
import {
  ExtensionDecisionDialogComponent,
  ExtensionDecisionDialogData,
} from './extension-decision-dialog.component';
import { routeParam } from './route-param';

export type ClosureFilter = 'all' | 'active' | 'closed' | 'undocumented';

const FILTERS: Readonly<Record<ClosureFilter, (row: CohortClosureRow) => boolean>> = {
  all: () => true,
  active: (row) => row.state === 'active',
  closed: (row) => row.closedAt !== null,
  undocumented: (row) => row.closedAt !== null && !row.documented,
};

/**
 * The closures of one cohort for its HR leads: how many pairs are still active, closed and
 * documented, why pairs ended early; per pair the documentation of both sides with the actions
 * that complete it (chase a missing survey, decide an extension, end early, see the details); and
 * closing the whole cohort in one action after a preview.
 */
@Component({
  selector: 'mb-cohort-closures-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    LocalDatePipe,
    PageHeaderComponent,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './cohort-closures.page.scss',
  templateUrl: './cohort-closures.page.html',
})
export class CohortClosuresPage {
  private readonly api = inject(ClosureApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly route = inject(ActivatedRoute);

  protected readonly programId = routeParam(this.route, 'programId');
  protected readonly cohortId = routeParam(this.route, 'cohortId');

  protected readonly summary = rxResource({
    params: () => this.cohortId(),
    stream: ({ params }) => this.api.cohortClosures(params),
  });
  protected readonly notFound = computed(
    () => this.summary.status() === 'error' && httpStatusOf(this.summary.error()) === 404,
  );

  protected readonly filter = signal<ClosureFilter>('all');
  protected readonly busyRow = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  private readonly all = computed(() => (this.summary.hasValue() ? this.summary.value().rows : []));
  protected readonly rows = computed(() => this.all().filter(FILTERS[this.filter()]));
  protected readonly counts = computed(() => {
    const rows = this.all();
    return {
      all: rows.length,
      active: rows.filter(FILTERS.active).length,
      closed: rows.filter(FILTERS.closed).length,
      undocumented: rows.filter(FILTERS.undocumented).length,
    };
  });
  /** Early closures by reason, largest first, with each bar's share of the largest. */
  protected readonly reasons = computed(() => {
    const list = this.summary.hasValue()
      ? this.summary.value().earlyByReason.filter((entry) => entry.count > 0)
      : [];
    const max = Math.max(1, ...list.map((entry) => entry.count));
    return [...list]
      .sort((a, b) => b.count - a.count)
      .map((entry) => ({
        label: CLOSURE_REASON_LABELS[entry.reason],
        count: entry.count,
        percent: Math.round((entry.count / max) * 100),
      }));
  });
  protected readonly earlyTotal = computed(() =>
    this.reasons().reduce((total, entry) => total + entry.count, 0),
  );

  protected readonly count = plural;
  protected readonly stateChip = (row: CohortClosureRow) => matchStateChipOf(row.state);
  protected readonly docChip = documentationChip;
  protected readonly contactOf = contactText;

  protected pairName(row: CohortClosureRow): string {
    return `${row.mentor.displayName} and ${row.mentee.displayName}`;
  }

  protected reasonOf(row: CohortClosureRow): string {
    return row.reason ? reasonText(row.reason, null) : '';
  }

  protected initiatorOf(row: CohortClosureRow): string {
    return row.initiatedBy
      ? initiatorLabel(row.initiatedBy, {
          mentor: row.mentor.displayName,
          mentee: row.mentee.displayName,
        })
      : '';
  }

  /** A closed, undocumented pair where at least one side has not answered the survey. */
  protected canChase(row: CohortClosureRow): boolean {
    return (
      row.closedAt !== null &&
      !row.documented &&
      !(row.mentorDoc?.surveyAnswered && row.menteeDoc?.surveyAnswered)
    );
  }

  protected async chase(row: CohortClosureRow): Promise<void> {
    if (this.busyRow()) {
      return;
    }
    this.busyRow.set(row.matchId);
    this.problem.set(null);
    try {
      await firstValueFrom(this.api.chase(row.matchId));
      this.snackBar.open(`A reminder went to ${this.missingSides(row)}.`, 'OK', {
        duration: 5000,
      });
      this.summary.reload();
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.busyRow.set(null);
    }
  }

  private missingSides(row: CohortClosureRow): string {
    const names = [
      row.mentorDoc?.surveyAnswered ? null : row.mentor.displayName,
      row.menteeDoc?.surveyAnswered ? null : row.mentee.displayName,
    ].filter((name): name is string => name !== null);
    return names.length ? names.join(' and ') : 'the pair';
  }

  protected async decide(row: CohortClosureRow): Promise<void> {
    const extension = row.pendingExtension;
    if (!extension) {
      return;
    }
    const ref = this.dialog.open<
      ExtensionDecisionDialogComponent,
      ExtensionDecisionDialogData,
      ClosureView
    >(ExtensionDecisionDialogComponent, {
      data: {
        matchId: row.matchId,
        pairName: this.pairName(row),
        requestedBy: initiatorLabel(extension.requestedBy, {
          mentor: row.mentor.displayName,
          mentee: row.mentee.displayName,
        }),
        extension,
      },
      width: '560px',
      maxWidth: '95vw',
    });
    if (await firstValueFrom(ref.afterClosed())) {
      this.summary.reload();
    }
  }

  protected async endEarly(row: CohortClosureRow): Promise<void> {
    const ref = this.dialog.open<EarlyClosureDialogComponent, EarlyClosureDialogData, ClosureView>(
      EarlyClosureDialogComponent,
      {
        data: {
          mode: 'hr',
          matchId: row.matchId,
          mentorName: row.mentor.displayName,
          menteeName: row.mentee.displayName,
        },
        width: '560px',
        maxWidth: '95vw',
      },
    );
    if (await firstValueFrom(ref.afterClosed())) {
      this.snackBar.open(`The mentoring of ${this.pairName(row)} has ended.`, 'OK', {
        duration: 5000,
      });
      this.summary.reload();
    }
  }

  protected details(row: CohortClosureRow): void {
    this.dialog.open<ClosureDetailDialogComponent, ClosureDetailDialogData>(
      ClosureDetailDialogComponent,
      {
        data: {
          matchId: row.matchId,
          mentorName: row.mentor.displayName,
          menteeName: row.mentee.displayName,
        },
        width: '720px',
        maxWidth: '95vw',
      },
    );
  }

  protected async closeCohort(): Promise<void> {
    if (!this.summary.hasValue()) {
      return;
    }
    const { cohortId, cohortName } = this.summary.value();
    const ref = this.dialog.open<
      CloseCohortDialogComponent,
      CloseCohortDialogData,
      CloseCohortResult
    >(CloseCohortDialogComponent, {
      data: { cohortId, cohortName },
      width: '640px',
      maxWidth: '95vw',
    });
    const result = await firstValueFrom(ref.afterClosed());
    if (result) {
      this.snackBar.open(
        `${cohortName} is closing: ${plural(result.completed, 'pair')} completed, ` +
          `${plural(result.cancelled, 'proposal')} cancelled, ` +
          `${plural(result.surveysSent, 'exit survey')} sent.`,
        'OK',
        { duration: 8000 },
      );
      this.summary.reload();
    }
  }

  protected downloadCsv(): void {
    if (!this.summary.hasValue()) {
      return;
    }
    const { cohortName } = this.summary.value();
    const doc = (row: CohortClosureRow, side: 'mentorDoc' | 'menteeDoc') =>
      row[side] ? documentationChip(row[side]).label : '';
    const csv = toCsv(
      [
        'Mentor',
        'Mentee',
        'State',
        'Planned end',
        'Closed',
        'Kind',
        'Reason',
        'Ended by',
        'Mentor documentation',
        'Mentor contact',
        'Mentee documentation',
        'Mentee contact',
        'Documented',
        'Pending extension to',
      ],
      this.rows().map((row) => [
        row.mentor.displayName,
        row.mentee.displayName,
        matchStateChipOf(row.state).label,
        row.plannedEnd,
        row.closedAt ? row.closedAt.slice(0, 10) : '',
        row.kind ?? '',
        this.reasonOf(row),
        this.initiatorOf(row),
        doc(row, 'mentorDoc'),
        contactText(row.mentorDoc),
        doc(row, 'menteeDoc'),
        contactText(row.menteeDoc),
        row.closedAt ? (row.documented ? 'yes' : 'no') : '',
        row.pendingExtension?.requestedEnd ?? '',
      ]),
    );
    downloadTextFile(`closures-${cohortName.replace(/[^\w-]+/g, '-').toLowerCase()}.csv`, csv);
  }
}
