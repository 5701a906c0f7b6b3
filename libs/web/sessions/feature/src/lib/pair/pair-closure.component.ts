import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { CLOSING_WINDOW_DAYS, ClosureView, PairSide } from '@mentorbridge/shared-contracts';
import { ClosureApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  confirmAction,
  LocalDatePipe,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { extensionChip, initiatorLabel, reasonText } from '../closure/closure-format';
import { ExitSurveyComponent } from './exit-survey.component';
import { ExtensionDialogComponent, ExtensionDialogData } from './extension-dialog.component';
import { GoalAttainmentComponent } from './goal-attainment.component';

/**
 * How the relationship ends, for the pair: the planned end with "ask for an extension" and a quiet
 * "end early"; in the closing window (and after closure) the checklist, goal attainment and the
 * exit survey; after closure what was recorded, when the notes go, the rematch date and the
 * certificate.
 */
@Component({
  selector: 'mb-pair-closure',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    BannerComponent,
    ExitSurveyComponent,
    GoalAttainmentComponent,
    LocalDatePipe,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = closure();
    <section class="closing" aria-labelledby="closing-heading" data-testid="closing">
      <h2 id="closing-heading" class="heading">Closing</h2>
      @if (problem(); as message) {
        <mb-banner tone="error" title="That did not work">{{ message }}</mb-banner>
      }

      @if (c.state === 'active') {
        @if (c.closingWindowOpen) {
          <mb-banner tone="info" title="Time to close well" data-testid="closing-window">
            @if (c.plannedEnd) {
              Your mentoring is planned to end on {{ c.plannedEnd | localDate }}.
            }
            Work through the checklist below together, then complete the relationship.
          </mb-banner>
        } @else {
          <p class="lead" data-testid="planned-end">
            @if (c.plannedEnd) {
              Your mentoring is planned to end on <strong>{{ c.plannedEnd | localDate }}</strong>.
              The closing checklist opens {{ windowDays }} days before.
            } @else {
              The end date of your mentoring is not set yet.
            }
          </p>
        }
        <div class="actions">
          @if (c.closingWindowOpen) {
            <button
              mat-flat-button
              type="button"
              [disabled]="busy()"
              (click)="complete()"
              data-testid="complete-relationship"
            >
              <mat-icon aria-hidden="true" fontIcon="task_alt" />
              Complete the relationship…
            </button>
          }
          <button
            mat-stroked-button
            type="button"
            disabledInteractive
            [disabled]="!!pending() || !c.plannedEnd"
            [matTooltip]="pending() ? 'HR has not answered your last request yet.' : ''"
            (click)="askExtension()"
            data-testid="ask-extension"
          >
            <mat-icon aria-hidden="true" fontIcon="more_time" />
            Ask for an extension…
          </button>
          <button mat-button type="button" (click)="endEarly.emit()" data-testid="end-early">
            End early…
          </button>
        </div>
      } @else if (c.closure; as record) {
        <dl class="record" data-testid="closure-record">
          <dt>How it ended</dt>
          <dd data-testid="closure-record-reason">
            {{ record.kind === 'planned' ? 'Ended as planned' : 'Ended early' }} ·
            {{ reasonOf(record.reason, record.reasonText) }}
          </dd>
          <dt>Ended by</dt>
          <dd data-testid="closure-record-by">{{ initiator() }}</dd>
          <dt>Date</dt>
          <dd>
            <time [attr.datetime]="record.closedAt">{{ record.closedAt | localDate }}</time>
          </dd>
          @if (record.message) {
            <dt>{{ messageLabel() }}</dt>
            <dd class="message" data-testid="closure-record-message">“{{ record.message }}”</dd>
          }
        </dl>
        <ul class="facts">
          <li data-testid="closure-notes">
            <mat-icon aria-hidden="true" fontIcon="delete_sweep" />
            @if (record.notesDeletedAt) {
              <span
                >Your notes were deleted on {{ record.notesDeletedAt | localDate }}, as the
                program's retention rule says.</span
              >
            } @else {
              <span
                >Your notes will be deleted on {{ record.notesDeleteOn | localDate }}. Copy anything
                you want to keep before then.</span
              >
            }
          </li>
          @if (myRematch(); as from) {
            <li data-testid="closure-rematch">
              <mat-icon aria-hidden="true" fontIcon="person_search" />
              <span
                >You go back to the pool for a new
                {{ mySide() === 'mentee' ? 'mentor' : 'mentee' }} from {{ from | localDate }}.</span
              >
            </li>
          }
          <li data-testid="closure-partner">
            <mat-icon
              aria-hidden="true"
              [fontIcon]="c.partnerSurveyDone ? 'check_circle' : 'hourglass_top'"
            />
            <span>
              @if (c.partnerSurveyDone) {
                {{ partner() }} has finished their part of the closure.
              } @else {
                {{ partner() }} has not finished their part yet.
              }
            </span>
          </li>
        </ul>
        @if (c.certificateAvailable) {
          <a mat-stroked-button [href]="certificateUrl()" download data-testid="certificate-link">
            <mat-icon aria-hidden="true" fontIcon="workspace_premium" />
            Download certificate (PDF)
          </a>
        }
      }

      @if (c.extensions.length) {
        <h3 class="sub">Extension requests</h3>
        <ul class="extensions">
          @for (extension of c.extensions; track extension.id) {
            @let chip = chipOf(extension);
            <li data-testid="extension-item">
              <div class="top">
                <span>
                  {{ extension.requestedBy === mySide() ? 'You' : partner() }} asked to move the end
                  from {{ extension.currentEnd | localDate }} to
                  {{ extension.requestedEnd | localDate }}
                </span>
                <mb-status-chip
                  [label]="chip.label"
                  [tone]="chip.tone"
                  [icon]="chip.icon"
                  data-testid="extension-state"
                />
              </div>
              <p class="muted">“{{ extension.reason }}”</p>
              @if (extension.note) {
                <p class="muted">HR: “{{ extension.note }}”</p>
              }
            </li>
          }
        </ul>
      }

      @if (checklistOpen()) {
        <h3 class="sub">Your closing checklist</h3>
        <ul class="checklist" data-testid="closure-checklist">
          @for (item of c.checklist; track item.key) {
            <li [class.done]="item.done" data-testid="checklist-item">
              <mat-icon
                aria-hidden="true"
                [fontIcon]="item.done ? 'check_circle' : 'radio_button_unchecked'"
              />
              <span class="item-label">{{ item.label }}</span>
              <span class="item-state" data-testid="checklist-state">{{
                item.done ? 'Done' : 'To do'
              }}</span>
            </li>
          }
        </ul>

        <h3 class="sub">Goal attainment</h3>
        <mb-goal-attainment
          [matchId]="c.matchId"
          [goals]="c.goals"
          (changed)="changed.emit($event)"
        />

        <h3 class="sub">Exit survey</h3>
        <mb-exit-survey
          [matchId]="c.matchId"
          [partner]="partner()"
          [survey]="c.mySurvey"
          [contactOptions]="c.contactOptions"
          (changed)="changed.emit($event)"
        />
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .closing {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      margin-bottom: 16px;
    }
    .heading {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
    .sub {
      margin: 20px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .lead {
      margin: 0 0 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
    .record {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 12px;
    }
    .record dt {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .record dd {
      margin: 0;
    }
    .message {
      white-space: pre-line;
    }
    .facts,
    .checklist,
    .extensions {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    .facts li,
    .checklist li {
      display: flex;
      gap: 8px;
      align-items: flex-start;
    }
    .checklist li.done mat-icon {
      color: light-dark(#0b5226, #a8e6b8);
    }
    .item-label {
      flex: 1;
    }
    .item-state {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .extensions li {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 8px 12px;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 8px;
      align-items: center;
    }
    .muted {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    mb-banner {
      display: flex;
      margin-bottom: 12px;
    }
  `,
})
export class PairClosureComponent {
  private readonly api = inject(ClosureApi);
  private readonly dialog = inject(MatDialog);

  readonly closure = input.required<ClosureView>();
  readonly partner = input.required<string>();
  readonly mySide = input.required<PairSide>();
  /** The closure changed (a survey saved, an extension asked, the relationship completed). */
  readonly changed = output<ClosureView>();
  /** The person wants to end early: the page opens the early-closure dialog. */
  readonly endEarly = output<void>();

  protected readonly windowDays = CLOSING_WINDOW_DAYS;
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly reasonOf = reasonText;
  protected readonly chipOf = extensionChip;

  protected readonly pending = computed(
    () => this.closure().extensions.find((extension) => extension.state === 'pending') ?? null,
  );
  protected readonly checklistOpen = computed(() => {
    const c = this.closure();
    return (
      c.state === 'completed' ||
      c.state === 'closed_early' ||
      (c.state === 'active' && c.closingWindowOpen)
    );
  });
  private readonly names = computed(() =>
    this.mySide() === 'mentor'
      ? { mentor: '', mentee: this.partner() }
      : { mentor: this.partner(), mentee: '' },
  );
  protected readonly initiator = computed(() => {
    const record = this.closure().closure;
    return record ? initiatorLabel(record.initiatedBy, this.names(), this.mySide()) : '';
  });
  protected readonly messageLabel = computed(() => {
    const by = this.closure().closure?.initiatedBy;
    if (by === this.mySide()) {
      return `Your message to ${this.partner()}`;
    }
    return by === 'hr' ? 'Message from HR' : `Message from ${this.partner()}`;
  });
  protected readonly myRematch = computed(() => {
    const { rematch } = this.closure();
    return this.mySide() === 'mentee' ? rematch.menteeFrom : rematch.mentorFrom;
  });
  protected readonly certificateUrl = computed(() =>
    this.api.certificateUrl(this.closure().matchId),
  );

  protected async askExtension(): Promise<void> {
    const currentEnd = this.closure().plannedEnd;
    if (!currentEnd || this.pending()) {
      return;
    }
    const ref = this.dialog.open<ExtensionDialogComponent, ExtensionDialogData, ClosureView>(
      ExtensionDialogComponent,
      { data: { matchId: this.closure().matchId, currentEnd }, width: '520px', maxWidth: '95vw' },
    );
    const view = await firstValueFrom(ref.afterClosed());
    if (view) {
      this.changed.emit(view);
    }
  }

  protected async complete(): Promise<void> {
    if (this.busy()) {
      return;
    }
    const confirmed = await confirmAction(this.dialog, {
      title: `Complete your mentoring with ${this.partner()}?`,
      message:
        'This records that your relationship ended as planned, for both of you. Sessions, notes and goals become read-only, and it cannot be undone. You can still finish the checklist afterwards.',
      confirmLabel: 'Complete the relationship',
      cancelLabel: 'Not yet',
    });
    if (!confirmed) {
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.changed.emit(await firstValueFrom(this.api.complete(this.closure().matchId)));
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
