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
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DEFAULT_PAGE_SIZE, MailMessageView, Page } from '@mentorbridge/shared-contracts';
import { RecruitmentApi } from '@mentorbridge/web-enrollment-data-access';
import { mailStatusChip } from '@mentorbridge/web-enrollment-ui';
import {
  EmptyStateComponent,
  LoadFailedComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { mailKindLabel } from '../shared/labels';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { PAGE_SIZE_OPTIONS } from '../screening/screening-query';

/**
 * Every message sent about the cohort — invitations, reminders, decisions — with its full text and
 * delivery status: this is how HR sees exactly what people received.
 */
@Component({
  selector: 'mb-messages-tab',
  imports: [
    MatButtonModule,
    MatExpansionModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    EmptyStateComponent,
    LoadFailedComponent,
    StatusChipComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="intro">
      What people received about this cohort, newest first. Open a message to read it exactly as it
      was sent.
    </p>
    <div class="progress">
      @if (messages.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading messages" />
      }
    </div>
    @if (messages.status() === 'error') {
      <mb-load-failed title="We couldn't load the messages" (retry)="messages.reload()" />
    } @else if (shown(); as page) {
      @if (page.items.length) {
        <mat-accordion multi class="list" displayMode="flat">
          @for (m of page.items; track m.id) {
            @let chip = statusChip(m.status);
            <mat-expansion-panel data-testid="message">
              <mat-expansion-panel-header class="header">
                <mat-panel-title class="title">
                  <span class="subject">{{ m.subject }}</span>
                  <span class="to">To {{ m.to }}</span>
                </mat-panel-title>
                <mat-panel-description class="description">
                  <span class="kind">{{ kindLabel(m.kind) }}</span>
                  <mb-status-chip [label]="chip.label" [tone]="chip.tone" [icon]="chip.icon" />
                  <time class="date" [attr.datetime]="m.createdAt">{{
                    m.createdAt | localDate: 'dateTime'
                  }}</time>
                </mat-panel-description>
              </mat-expansion-panel-header>
              <dl class="facts">
                <dt>To</dt>
                <dd>{{ m.to }}</dd>
                <dt>Queued</dt>
                <dd>{{ m.createdAt | localDate: 'dateTime' }}</dd>
                <dt>Sent</dt>
                <dd>{{ m.sentAt ? (m.sentAt | localDate: 'dateTime') : 'Not yet' }}</dd>
                @if (m.error) {
                  <dt>Problem</dt>
                  <dd class="error">{{ m.error }}</dd>
                }
              </dl>
              <pre class="text" data-testid="message-text">{{ m.text }}</pre>
            </mat-expansion-panel>
          }
        </mat-accordion>
      } @else {
        <mb-empty-state
          icon="mail"
          title="No messages yet"
          message="Invitations, reminders and decisions appear here as soon as they are sent."
          [headingLevel]="3"
        />
      }
      <mat-paginator
        [length]="page.total"
        [pageIndex]="pageIndex() - 1"
        [pageSize]="pageSize()"
        [pageSizeOptions]="pageSizeOptions"
        [showFirstLastButtons]="true"
        (page)="onPage($event)"
        aria-label="Choose page of messages"
      />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .intro {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .progress {
      height: 4px;
    }
    .list {
      display: block;
      margin-bottom: 8px;
    }
    .header {
      height: auto;
      min-height: 64px;
      padding-top: 8px;
      padding-bottom: 8px;
    }
    .title {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 2px;
      min-width: 0;
    }
    .subject {
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .to {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .description {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 4px 12px;
    }
    .kind {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .date {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
    @media (max-width: 599.98px) {
      .description {
        display: none;
      }
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 12px;
    }
    .facts dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .text {
      margin: 0;
      padding: 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-medium);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    mb-empty-state,
    mb-load-failed {
      display: block;
      margin: 16px 0;
    }
  `,
})
export class MessagesTabComponent {
  private readonly api = inject(RecruitmentApi);

  readonly cohortId = input.required<string>();

  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly statusChip = mailStatusChip;
  protected readonly kindLabel = mailKindLabel;

  protected readonly pageIndex = signal(1);
  protected readonly pageSize = signal(DEFAULT_PAGE_SIZE);

  protected readonly messages = rxResource({
    params: () => ({
      cohortId: this.cohortId(),
      page: this.pageIndex(),
      pageSize: this.pageSize(),
    }),
    stream: ({ params }) =>
      this.api.messages(params.cohortId, { page: params.page, pageSize: params.pageSize }),
  });
  protected readonly shown = linkedSignal<
    Page<MailMessageView> | undefined,
    Page<MailMessageView> | undefined
  >({
    source: () => (this.messages.hasValue() ? this.messages.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly total = computed(() => this.shown()?.total ?? 0);

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex + 1);
    this.pageSize.set(event.pageSize);
  }
}
