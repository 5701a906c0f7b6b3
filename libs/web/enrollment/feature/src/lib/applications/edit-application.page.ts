import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ApplicationDetail, DEFAULT_RECRUITMENT_SETTINGS } from '@mentorbridge/shared-contracts';
import { ApplicationsApi } from '@mentorbridge/web-enrollment-data-access';
import { httpStatusOf, toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  EmptyStateComponent,
  LoadFailedComponent,
  PageHeaderComponent,
} from '@mentorbridge/web-shared-ui';
import { catchError, map, of } from 'rxjs';
import { ApplicationEditorComponent, SendAnswers } from '../apply/application-editor.component';
import { HasUnsavedAnswers } from '../apply/unsaved-answers.guard';
import { UPDATED_NOTICE } from './application.page';

/**
 * Changing my answers while HR has not decided yet: the same form as applying, with my saved
 * answers, sent with PUT.
 */
@Component({
  selector: 'mb-edit-application-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    ApplicationEditorComponent,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back-link" [routerLink]="['/applications', applicationId()]">
      <mat-icon aria-hidden="true" fontIcon="arrow_back" />
      Back to my application
    </a>
    <mb-page-header title="Edit your answers" [subtitle]="subtitle()" />

    @if (loaded(); as a) {
      @if (!a.canEdit) {
        <mb-empty-state
          icon="lock"
          title="These answers can no longer change"
          message="HR has decided on this application, or recruitment has closed."
        >
          <a mat-flat-button [routerLink]="['/applications', a.id]">Back to my application</a>
        </mb-empty-state>
      } @else if (settings.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the form" />
      } @else {
        @if (sendError(); as message) {
          <mb-banner tone="error" class="banner" title="Your changes were not saved">
            {{ message }}
          </mb-banner>
        }
        <mb-application-editor
          [questions]="a.form.questions"
          [initial]="a.answers"
          [role]="a.role"
          [minGoalLength]="minGoalLength()"
          [blockedReason]="
            closed() ? 'HR has decided meanwhile; the answers can no longer change.' : null
          "
          [send]="send"
          submitLabel="Save changes"
          savingLabel="Saving your changes…"
          (saved)="onSaved($event)"
          (failed)="onFailed($event)"
        >
          <a mat-button editorActions [routerLink]="['/applications', a.id]">Cancel</a>
        </mb-application-editor>
      }
    } @else if (notFound()) {
      <mb-empty-state
        icon="search_off"
        title="This application isn't yours or no longer exists"
        message="See the applications you have sent."
      >
        <a mat-flat-button routerLink="/applications">My applications</a>
      </mb-empty-state>
    } @else if (application.status() === 'error') {
      <mb-load-failed
        title="We couldn't load this application"
        [headingLevel]="2"
        (retry)="application.reload()"
      />
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the application" />
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 880px;
    }
    .back-link {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      margin-bottom: 8px;
      font: var(--mat-sys-label-large);
      text-decoration: none;
    }
    .back-link:hover {
      text-decoration: underline;
    }
    .back-link mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    .banner {
      margin-bottom: 16px;
    }
  `,
})
export class EditApplicationPage implements HasUnsavedAnswers {
  private readonly api = inject(ApplicationsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly applicationId = toSignal(
    this.route.paramMap.pipe(map((params) => params.get('applicationId') ?? '')),
    { initialValue: this.route.snapshot.paramMap.get('applicationId') ?? '' },
  );
  protected readonly application = rxResource({
    params: () => this.applicationId(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly loaded = computed(() =>
    this.application.hasValue() ? this.application.value() : null,
  );
  protected readonly notFound = computed(
    () => this.application.status() === 'error' && httpStatusOf(this.application.error()) === 404,
  );
  /** The program's minimum goal length, from the current form view (mentees only). */
  protected readonly settings = rxResource({
    params: () => {
      const a = this.loaded();
      return a?.canEdit && a.role === 'mentee' ? { cohortId: a.cohortId, role: a.role } : undefined;
    },
    stream: ({ params }) =>
      this.api.applicationForm(params.cohortId, params.role).pipe(
        map((view) => view.minGoalLength),
        catchError(() => of(DEFAULT_RECRUITMENT_SETTINGS.minGoalLength)),
      ),
  });
  protected readonly minGoalLength = computed(() =>
    this.settings.hasValue() ? this.settings.value() : DEFAULT_RECRUITMENT_SETTINGS.minGoalLength,
  );
  protected readonly subtitle = computed(() => {
    const a = this.loaded();
    return a ? `${a.programName} · ${a.cohortName} · as a ${a.role}` : null;
  });
  protected readonly sendError = signal<string | null>(null);
  /** 409: decided meanwhile. */
  protected readonly closed = signal(false);

  protected readonly send: SendAnswers = (answers) =>
    this.api.update(this.applicationId(), { answers });

  private readonly editor = viewChild(ApplicationEditorComponent);

  hasUnsavedChanges(): boolean {
    return !this.closed() && (this.editor()?.hasUnsavedChanges() ?? false);
  }

  protected async onSaved(detail: ApplicationDetail): Promise<void> {
    await this.router.navigate(['/applications', detail.id], {
      state: { notice: UPDATED_NOTICE },
    });
  }

  protected onFailed(error: unknown): void {
    this.sendError.set(toApiError(error).message);
    if (httpStatusOf(error) === 409) {
      this.closed.set(true);
    }
  }
}
