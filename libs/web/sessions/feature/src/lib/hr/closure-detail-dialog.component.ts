import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ClosureView, PairSide, SideDocumentation } from '@mentorbridge/shared-contracts';
import { ClosureApi } from '@mentorbridge/web-sessions-data-access';
import {
  LoadFailedComponent,
  LocalDatePipe,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import {
  contactText,
  documentationChip,
  extensionChip,
  initiatorLabel,
  matchStateChipOf,
  reasonText,
} from '../closure/closure-format';

export interface ClosureDetailDialogData {
  matchId: string;
  mentorName: string;
  menteeName: string;
}

/**
 * One pair's closure for its HR lead: what was recorded, the documentation of each side and their
 * exit answers (never the private reflection, never the message meant for the partner).
 */
@Component({
  selector: 'mb-closure-detail-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatIconModule,
    MatProgressBarModule,
    LoadFailedComponent,
    LocalDatePipe,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.mentorName }} and {{ data.menteeName }}</h2>
    <mat-dialog-content>
      @if (closure.hasValue()) {
        @let c = closure.value();
        @let state = stateChip(c);
        <p class="state">
          <mb-status-chip [label]="state.label" [tone]="state.tone" [icon]="state.icon" />
          @if (c.plannedEnd) {
            <span class="muted">Planned end {{ c.plannedEnd | localDate }}</span>
          }
        </p>
        @if (c.closure; as record) {
          <h3 class="sub">Closure</h3>
          <dl class="facts" data-testid="detail-record">
            <dt>How it ended</dt>
            <dd>
              {{ record.kind === 'planned' ? 'As planned' : 'Early' }} ·
              {{ reasonOf(record.reason, record.reasonText) }}
            </dd>
            <dt>Ended by</dt>
            <dd>{{ initiator(c) }}</dd>
            <dt>Date</dt>
            <dd>{{ record.closedAt | localDate }}</dd>
            <dt>Notes</dt>
            <dd>
              @if (record.notesDeletedAt) {
                Deleted on {{ record.notesDeletedAt | localDate }}
              } @else {
                To be deleted on {{ record.notesDeleteOn | localDate }}
              }
            </dd>
            @if (c.rematch.menteeFrom || c.rematch.mentorFrom) {
              <dt>Rematch</dt>
              <dd>
                @if (c.rematch.menteeFrom) {
                  {{ data.menteeName }} from {{ c.rematch.menteeFrom | localDate }}.
                }
                @if (c.rematch.mentorFrom) {
                  {{ data.mentorName }} from {{ c.rematch.mentorFrom | localDate }}.
                }
              </dd>
            }
          </dl>
        }

        @if (c.documentation; as doc) {
          <h3 class="sub">
            Documentation ·
            {{ doc.documented ? 'complete' : 'incomplete' }}
          </h3>
          <ul class="sides" data-testid="detail-documentation">
            @for (side of sides; track side) {
              @let sideDoc = side === 'mentor' ? doc.mentor : doc.mentee;
              @let chip = docChip(sideDoc);
              <li data-testid="detail-side">
                <span class="who">{{ nameOf(side) }} ({{ side }})</span>
                <mb-status-chip
                  [label]="chip.label"
                  [tone]="chip.tone"
                  [icon]="chip.icon"
                  data-testid="detail-side-survey"
                />
                <span class="muted" data-testid="detail-side-contact">{{
                  contactOf(sideDoc)
                }}</span>
              </li>
            }
          </ul>
        }

        <h3 class="sub">Exit answers</h3>
        @if (c.exitAnswers?.length) {
          <div class="table-scroll">
            <table class="answers" data-testid="detail-answers">
              <caption class="visually-hidden">
                Exit survey answers of each side
              </caption>
              <thead>
                <tr>
                  <th scope="col">Side</th>
                  <th scope="col" class="num">Satisfaction</th>
                  <th scope="col" class="num">Would recommend</th>
                  <th scope="col">What helped</th>
                  <th scope="col">What to change</th>
                </tr>
              </thead>
              <tbody>
                @for (answer of c.exitAnswers; track answer.side) {
                  <tr>
                    <th scope="row">{{ nameOf(answer.side) }}</th>
                    <td class="num">
                      {{ answer.satisfaction === null ? '—' : answer.satisfaction + '/5' }}
                    </td>
                    <td class="num">
                      {{ answer.recommend === null ? '—' : answer.recommend + '/10' }}
                    </td>
                    <td>{{ answer.helped ?? '—' }}</td>
                    <td>{{ answer.change ?? '—' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <p class="muted small">
            <mat-icon aria-hidden="true" fontIcon="lock" />
            Private reflections and messages between the pair are never shown here.
          </p>
        } @else {
          <p class="muted" data-testid="detail-no-answers">No exit survey answered yet.</p>
        }

        @if (c.extensions.length) {
          <h3 class="sub">Extension requests</h3>
          <ul class="sides">
            @for (extension of c.extensions; track extension.id) {
              @let chip = extChip(extension);
              <li>
                <span
                  >{{ nameOf(extension.requestedBy) }}: {{ extension.currentEnd | localDate }} →
                  {{ extension.requestedEnd | localDate }}</span
                >
                <mb-status-chip [label]="chip.label" [tone]="chip.tone" [icon]="chip.icon" />
              </li>
            }
          </ul>
        }
      } @else if (closure.status() === 'error') {
        <mb-load-failed
          title="We couldn't load this closure"
          [headingLevel]="3"
          (retry)="closure.reload()"
        />
      } @else {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the closure" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    .state {
      display: flex;
      gap: 12px;
      align-items: center;
      flex-wrap: wrap;
      margin: 0;
    }
    .sub {
      margin: 16px 0 6px;
      font: var(--mat-sys-title-small);
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0;
    }
    .facts dt {
      color: var(--mat-sys-on-surface-variant);
    }
    .facts dd {
      margin: 0;
    }
    .sides {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    .sides li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: center;
    }
    .who {
      min-width: 12ch;
    }
    .table-scroll {
      overflow-x: auto;
    }
    .answers {
      border-collapse: collapse;
      width: 100%;
    }
    .answers th,
    .answers td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .small {
      display: flex;
      gap: 6px;
      align-items: center;
      font: var(--mat-sys-body-small);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class ClosureDetailDialogComponent {
  protected readonly data = inject<ClosureDetailDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(ClosureApi);

  protected readonly sides: readonly PairSide[] = ['mentor', 'mentee'];
  protected readonly closure = rxResource({
    stream: () => this.api.closure(this.data.matchId),
  });
  protected readonly reasonOf = reasonText;
  protected readonly extChip = extensionChip;
  protected readonly stateChip = (view: ClosureView) =>
    matchStateChipOf(
      view.closure ? (view.closure.kind === 'planned' ? 'completed' : 'closed_early') : view.state,
    );

  protected nameOf(side: PairSide): string {
    return side === 'mentor' ? this.data.mentorName : this.data.menteeName;
  }

  protected docChip(doc: SideDocumentation) {
    return documentationChip(doc);
  }

  protected contactOf(doc: SideDocumentation): string {
    return contactText(doc);
  }

  protected initiator(view: ClosureView): string {
    return view.closure
      ? initiatorLabel(view.closure.initiatedBy, {
          mentor: this.data.mentorName,
          mentee: this.data.menteeName,
        })
      : '';
  }
}
