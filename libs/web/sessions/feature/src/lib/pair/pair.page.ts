import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  FlagView,
  GoalView,
  RELATIONSHIP_PHASE_LABELS,
  RELATIONSHIP_PHASES,
  RelationshipPhase,
} from '@mentorbridge/shared-contracts';
import { SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom, map } from 'rxjs';
import { ConcernDialogComponent, ConcernDialogData } from './concern-dialog.component';
import { PairGoalsComponent } from './pair-goals.component';
import { PairNotesComponent } from './pair-notes.component';
import { PairSessionsComponent } from './pair-sessions.component';
import { pairRouteParam } from './route-param';

/** The pair page: sessions, notes, goals and the relationship's phase, for mentor and mentee. */
@Component({
  selector: 'mb-pair-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTabsModule,
    RouterLink,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
    PairGoalsComponent,
    PairNotesComponent,
    PairSessionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (match.hasValue() && overview.hasValue()) {
      @let pair = match.value();
      @if (pair) {
        <mb-page-header
          [title]="'Mentoring with ' + partner()"
          [subtitle]="pair.programName + ' · ' + pair.cohortName + ' · you are the ' + pair.mySide"
        />
        <div class="header-row">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>Phase of your relationship</mat-label>
            <mat-select
              [value]="overview.value().phase"
              (selectionChange)="setPhase($event.value)"
              [disabled]="savingPhase()"
              data-testid="pair-phase"
            >
              @for (phase of phases; track phase) {
                <mat-option [value]="phase">{{ phaseLabels[phase] }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <button
            mat-stroked-button
            type="button"
            (click)="raiseConcern()"
            data-testid="raise-concern"
          >
            <mat-icon aria-hidden="true" fontIcon="report" />
            Raise a concern
          </button>
        </div>
        @if (problem(); as message) {
          <mb-banner tone="error" title="That did not work">{{ message }}</mb-banner>
        }
        <mat-tab-group dynamicHeight mat-stretch-tabs="false" class="tabs">
          <mat-tab label="Sessions">
            <div class="tab">
              <mb-pair-sessions [matchId]="pair.id" [partner]="partner()" />
            </div>
          </mat-tab>
          <mat-tab label="Notes">
            <div class="tab">
              <mb-pair-notes [matchId]="pair.id" [partner]="partner()" />
            </div>
          </mat-tab>
          <mat-tab label="Goals">
            <div class="tab">
              <mb-pair-goals
                [matchId]="pair.id"
                [mySide]="pair.mySide === 'mentee' ? 'mentee' : 'mentor'"
                [partner]="partner()"
                [goals]="overview.value().goals"
                (changed)="onGoal($event)"
              />
            </div>
          </mat-tab>
        </mat-tab-group>
      } @else {
        <mb-empty-state
          icon="handshake"
          title="This mentoring pair is not open to you"
          message="It may have ended, or it belongs to someone else. Go back to your home to see your pairs."
        />
        <p class="back"><a mat-stroked-button routerLink="/">Back to my home</a></p>
      }
    } @else if (match.status() === 'error' || overview.status() === 'error') {
      @if (notFound()) {
        <mb-empty-state
          icon="handshake"
          title="This mentoring pair is not open to you"
          message="It may have ended, or it belongs to someone else. Go back to your home to see your pairs."
        />
        <p class="back"><a mat-stroked-button routerLink="/">Back to my home</a></p>
      } @else {
        <mb-load-failed title="We couldn't load this pair" [headingLevel]="2" (retry)="reload()" />
      }
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading your mentoring pair" />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .header-row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      justify-content: space-between;
      margin-bottom: 16px;
    }
    .tab {
      padding: 16px 0;
    }
    .back {
      margin-top: 16px;
    }
    mb-banner {
      display: block;
      margin-bottom: 12px;
    }
  `,
})
export class PairPage {
  private readonly api = inject(SessionsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly matchId = pairRouteParam(inject(ActivatedRoute), 'matchId');

  protected readonly phases = RELATIONSHIP_PHASES;
  protected readonly phaseLabels = RELATIONSHIP_PHASE_LABELS;

  /** My active match with this id, or null (not mine, or not active). */
  protected readonly match = rxResource({
    params: () => this.matchId(),
    stream: ({ params }) =>
      this.api
        .myMatches()
        .pipe(map((list) => list.find((m) => m.id === params && m.state === 'active') ?? null)),
  });
  protected readonly overview = rxResource({
    params: () => this.matchId(),
    stream: ({ params }) => this.api.overview(params),
  });
  protected readonly partner = computed(() => {
    const pair = this.match.hasValue() ? this.match.value() : null;
    if (!pair) {
      return '';
    }
    return pair.mySide === 'mentor' ? pair.mentee.displayName : pair.mentor.displayName;
  });
  protected readonly notFound = computed(
    () => this.overview.status() === 'error' && httpStatusOf(this.overview.error()) === 404,
  );
  protected readonly savingPhase = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected reload(): void {
    this.match.reload();
    this.overview.reload();
  }

  protected async setPhase(phase: RelationshipPhase): Promise<void> {
    this.savingPhase.set(true);
    this.problem.set(null);
    try {
      const updated = await firstValueFrom(this.api.setPhase(this.matchId(), phase));
      this.overview.set(updated);
    } catch (error) {
      this.problem.set(toApiError(error).message);
      this.overview.reload();
    } finally {
      this.savingPhase.set(false);
    }
  }

  protected onGoal(goal: GoalView): void {
    this.overview.update((overview) => {
      if (!overview) {
        return overview;
      }
      const exists = overview.goals.some((g) => g.id === goal.id);
      return {
        ...overview,
        goals: exists
          ? overview.goals.map((g) => (g.id === goal.id ? goal : g))
          : [...overview.goals, goal],
      };
    });
  }

  protected async raiseConcern(): Promise<void> {
    const ref = this.dialog.open<ConcernDialogComponent, ConcernDialogData, FlagView>(
      ConcernDialogComponent,
      {
        data: { matchId: this.matchId(), partnerName: this.partner() },
        width: '520px',
        maxWidth: '95vw',
      },
    );
    if (await firstValueFrom(ref.afterClosed())) {
      this.snackBar.open('Your concern was sent to HR. They will get in touch.', 'OK', {
        duration: 6000,
      });
    }
  }
}
