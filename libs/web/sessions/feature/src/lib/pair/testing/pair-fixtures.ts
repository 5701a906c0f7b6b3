/** Test data and DOM helpers for the pair page specs; never exported from the library. */
import { TestRequest } from '@angular/common/http/testing';
import {
  ApiError,
  GoalView,
  MatchView,
  NoteView,
  PairOverview,
  SessionView,
} from '@mentorbridge/shared-contracts';

export function byTestId<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T {
  const element = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!element) {
    throw new Error(`No element with data-testid="${id}"`);
  }
  return element;
}

export function allByTestId(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
}

export function textOf(root: Element | null): string {
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('blur'));
}

export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function flushApiError(
  request: TestRequest,
  error: Omit<ApiError, 'statusCode'> & { status: number },
): void {
  const { status, ...body } = error;
  request.flush({ statusCode: status, ...body }, { status, statusText: 'Error' });
}

const person = { department: null, title: null, seniorityLevel: null };

export function activeMatch(overrides: Partial<MatchView> = {}): MatchView {
  return {
    id: 'm1',
    cohortId: 'c1',
    cohortName: 'Autumn 2026',
    programName: 'Emerging Leaders',
    state: 'active',
    mentor: { userId: 'u1', displayName: 'Marcus Oyelaran', ...person },
    mentee: { userId: 'u2', displayName: 'Mia Tanaka', ...person },
    mentorResponse: 'accepted',
    menteeResponse: 'accepted',
    score: 80,
    criteria: [],
    proposedAt: '2026-09-01T09:00:00Z',
    respondBy: null,
    activatedAt: '2026-09-05T09:00:00Z',
    declineReason: null,
    mySide: 'mentor',
    ...overrides,
  };
}

export function session(overrides: Partial<SessionView> = {}): SessionView {
  return {
    id: 's1',
    matchId: 'm1',
    scheduledAt: '2099-01-05T09:00:00Z',
    durationMinutes: 45,
    mode: 'video',
    status: 'scheduled',
    location: 'https://meet.example/abc',
    agenda: 'Career plan',
    cancelledBy: null,
    cancelNoticeHours: null,
    noShowBy: null,
    loggedAt: null,
    createdBy: 'mentor',
    notes: 0,
    ...overrides,
  };
}

export function note(overrides: Partial<NoteView> = {}): NoteView {
  return {
    id: 'n1',
    matchId: 'm1',
    sessionId: null,
    author: 'mentor',
    mine: true,
    visibility: 'private',
    text: 'My own thoughts',
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    ...overrides,
  };
}

export function goal(overrides: Partial<GoalView> = {}): GoalView {
  return {
    id: 'g1',
    matchId: 'm1',
    title: 'Lead my first team meeting',
    why: null,
    measure: null,
    targetDate: '2020-01-01',
    status: 'open',
    progress: 20,
    milestones: [
      { id: 'ms1', title: 'Shadow a lead', dueDate: '2020-01-01', doneAt: null, overdue: true },
    ],
    updates: [],
    createdAt: '2026-09-10T09:00:00Z',
    ...overrides,
  };
}

export function overview(overrides: Partial<PairOverview> = {}): PairOverview {
  return {
    matchId: 'm1',
    phase: 'rapport',
    phaseUpdatedAt: null,
    goals: [],
    ...overrides,
  };
}
