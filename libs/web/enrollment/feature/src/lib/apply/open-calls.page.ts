import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { OpenCohort, PARTICIPANT_ROLES, ParticipantRole } from '@mentorbridge/shared-contracts';
import { ApplicationsApi, OpenCallsStore } from '@mentorbridge/web-enrollment-data-access';
import { ApplicationStatusChipComponent } from '@mentorbridge/web-enrollment-ui';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  confirmAction,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { cohortFacts, CohortFacts } from './cohort-facts';

type MineEntry = OpenCohort['mine'][number];

/** What I can do in one role of one cohort. */
export interface RoleCall {
  role: ParticipantRole;
  title: string;
  /** Invited and not answered yet (sent or opened). */
  invited: boolean;
  declined: boolean;
  invitationId: string | null;
  /** My application unless I withdrew it (then I may apply again). */
  application: { id: string; status: NonNullable<MineEntry['applicationStatus']> } | null;
  withdrawn: boolean;
}

interface CallView {
  cohort: OpenCohort;
  facts: CohortFacts;
  roles: RoleCall[];
}

/** Mentee first: most people join a program to be mentored. */
const ROLE_ORDER: readonly ParticipantRole[] = ['mentee', 'mentor'];

export function roleCalls(cohort: OpenCohort): RoleCall[] {
  return ROLE_ORDER.filter((role) => PARTICIPANT_ROLES.includes(role)).map((role) => {
    const mine = cohort.mine.find((entry) => entry.role === role);
    const live =
      mine?.applicationId && mine.applicationStatus && mine.applicationStatus !== 'withdrawn'
        ? { id: mine.applicationId, status: mine.applicationStatus }
        : null;
    return {
      role,
      title: role === 'mentee' ? 'As a mentee' : 'As a mentor',
      invited: !live && (mine?.invitationStatus === 'sent' || mine?.invitationStatus === 'opened'),
      declined: !live && mine?.invitationStatus === 'declined',
      invitationId: mine?.invitationId ?? null,
      application: live,
      withdrawn: !live && mine?.applicationStatus === 'withdrawn',
    };
  });
}

/**
 * "Join a mentoring program": every cohort recruiting now, why its program exists and how it
 * runs, and per role what I can do (apply, decline an invitation, open my application).
 */
@Component({
  selector: 'mb-open-calls-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    ApplicationStatusChipComponent,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './open-calls.page.html',
  styleUrl: './open-calls.page.scss',
})
export class OpenCallsPage {
  private readonly api = inject(ApplicationsApi);
  private readonly store = inject(OpenCallsStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly calls = rxResource({ stream: () => this.api.recruiting() });
  protected readonly views = computed<CallView[] | null>(() =>
    this.calls.hasValue()
      ? this.calls.value().map((cohort) => ({
          cohort,
          facts: cohortFacts(cohort),
          roles: roleCalls(cohort),
        }))
      : null,
  );
  /** The invitation being declined. */
  protected readonly declining = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  constructor() {
    // The navigation badge follows what this page shows.
    effect(() => {
      if (this.calls.hasValue()) {
        this.store.set(this.calls.value());
      }
    });
  }

  protected async decline(view: CallView, call: RoleCall): Promise<void> {
    const invitationId = call.invitationId;
    if (!invitationId || this.declining()) {
      return;
    }
    const confirmed = await confirmAction(this.dialog, {
      title: `Decline the invitation to ${view.cohort.programName}?`,
      message: `HR will see that you declined to join ${view.cohort.cohortName} as a ${call.role}. You can still apply later while the cohort is recruiting.`,
      confirmLabel: 'Decline invitation',
      cancelLabel: 'Keep it',
    });
    if (!confirmed) {
      return;
    }
    this.declining.set(invitationId);
    this.actionError.set(null);
    try {
      await firstValueFrom(this.api.declineInvitation(invitationId));
      this.snackBar.open('Invitation declined. Thank you for letting HR know.', 'OK', {
        duration: 5000,
      });
      this.calls.reload();
    } catch (error: unknown) {
      this.actionError.set(toApiError(error).message);
    } finally {
      this.declining.set(null);
    }
  }
}
