import { computed, inject, Injectable, signal } from '@angular/core';
import { QuestionnaireSummary } from '@mentorbridge/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { ReadinessApi } from './readiness.api';

/**
 * The signed-in person's open questionnaires, for the navigation badge. The shell loads it after
 * sign-in; the questionnaire page refreshes it after a submit.
 */
@Injectable({ providedIn: 'root' })
export class OpenQuestionnairesStore {
  private readonly api = inject(ReadinessApi);
  private readonly state = signal<QuestionnaireSummary[]>([]);
  private loading: Promise<void> | null = null;

  readonly questionnaires = this.state.asReadonly();
  /** Questionnaires still waiting for my answers (not submitted yet). */
  readonly toAnswer = computed(() => this.state().filter((q) => q.submittedAt === null).length);

  /** Loads the list again; failures keep the last known list (the badge is a hint, not data). */
  refresh(): Promise<void> {
    this.loading ??= firstValueFrom(this.api.questionnaires())
      .then((list) => this.state.set(list))
      .catch(() => undefined)
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  /** Takes a list loaded elsewhere (the questionnaires page), saving a request. */
  set(list: QuestionnaireSummary[]): void {
    this.state.set(list);
  }

  clear(): void {
    this.state.set([]);
  }
}
