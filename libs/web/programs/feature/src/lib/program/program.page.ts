import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, ActivatedRoute, RouterLink } from '@angular/router';
import {
  CohortDetail,
  CONTACT_OPTION_LABELS,
  MATCHING_MODE_LABELS,
  MEETING_MODE_LABELS,
  PROGRAM_FORMAT_LABELS,
  ProgramDetail,
} from '@mentorbridge/shared-contracts';
import { ProgramsApi, readinessGatePasses } from '@mentorbridge/web-programs-data-access';
import { httpStatusOf } from '@mentorbridge/web-shared-data-access';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom, map } from 'rxjs';
import {
  goalTemplateTarget,
  MATCHING_MODE_HINTS,
  plural,
  PROGRAM_FORMAT_HINTS,
  pulseScheduleText,
} from '../shared/labels';
import { CohortStateChipComponent } from '../ui/cohort-state-chip.component';
import { LocalDatePipe } from '../ui/local-date.pipe';
import { ReadinessChipComponent } from '../ui/readiness-chip.component';
import { CohortDialogComponent, CohortDialogData } from './cohort-dialog.component';

/** One program: its rules, its readiness and its cohorts. */
@Component({
  selector: 'mb-program-page',
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
    CohortStateChipComponent,
    ReadinessChipComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './program.page.html',
  styleUrl: './program.page.scss',
})
export class ProgramPage {
  private readonly api = inject(ProgramsApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly formatLabels = PROGRAM_FORMAT_LABELS;
  protected readonly formatHints = PROGRAM_FORMAT_HINTS;
  protected readonly matchingLabels = MATCHING_MODE_LABELS;
  protected readonly matchingHints = MATCHING_MODE_HINTS;
  protected readonly plural = plural;
  protected readonly templateTarget = goalTemplateTarget;

  protected readonly programId = toSignal(
    this.route.paramMap.pipe(map((params) => params.get('programId') ?? '')),
    { initialValue: this.route.snapshot.paramMap.get('programId') ?? '' },
  );
  protected readonly program = rxResource({
    params: () => this.programId(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly notFound = computed(
    () => this.program.status() === 'error' && httpStatusOf(this.program.error()) === 404,
  );

  /** A draft cohort waits for the readiness gate before it can open recruitment. */
  protected readonly gateWaiting = computed(() => {
    if (!this.program.hasValue()) {
      return false;
    }
    const program = this.program.value();
    return (
      program.cohorts.some((cohort) => cohort.state === 'draft') &&
      !readinessGatePasses(program.readiness)
    );
  });

  protected owners(program: ProgramDetail): string {
    return program.owners.map((owner) => owner.displayName).join(', ') || 'No owner';
  }

  protected modes(program: ProgramDetail): string {
    return program.meetingModes.map((mode) => MEETING_MODE_LABELS[mode]).join(', ');
  }

  protected pulses(program: ProgramDetail): string {
    return pulseScheduleText(program.pulseSchedule ?? null);
  }

  protected contactOptions(program: ProgramDetail): string {
    return program.closurePolicy.contactOptions
      .map((option) => CONTACT_OPTION_LABELS[option])
      .join(', ');
  }

  protected async newCohort(program: ProgramDetail): Promise<void> {
    const ref = this.dialog.open<CohortDialogComponent, CohortDialogData, CohortDetail>(
      CohortDialogComponent,
      {
        data: { programId: program.id, programName: program.name },
        width: '520px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
        disableClose: true,
      },
    );
    const cohort = await firstValueFrom(ref.afterClosed());
    if (cohort) {
      await this.router.navigate(['/programs', program.id, 'cohorts', cohort.id]);
    }
  }
}
