/** Test data and DOM helpers for the pair page specs; never exported from the library. */
import { TestRequest } from '@angular/common/http/testing';
import {
  ApiError,
  ClosureView,
  FitCheckView,
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
    plannedEnd: '2027-06-30',
    endedAt: null,
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
    cancelReason: null,
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
    goalTemplates: [],
    ...overrides,
  };
}

export function fitCheck(overrides: Partial<FitCheckView> = {}): FitCheckView {
  return { matchId: 'm1', open: false, due: false, mine: null, poorFit: false, ...overrides };
}

/** The closure of the pair as the mentor sees it: active, before the closing window. */
export function closureView(overrides: Partial<ClosureView> = {}): ClosureView {
  return {
    matchId: 'm1',
    state: 'active',
    programName: 'Emerging Leaders',
    cohortName: 'Autumn 2026',
    partnerName: 'Mia Tanaka',
    plannedEnd: '2027-06-30',
    closingWindowOpen: false,
    closure: null,
    mySide: 'mentor',
    checklist: [],
    mySurvey: null,
    goals: [],
    partnerSurveyDone: false,
    contactOptions: ['stay_in_touch', 'no_further_contact'],
    extensions: [],
    rematch: { mentorFrom: null, menteeFrom: null },
    certificateAvailable: false,
    documentation: null,
    exitAnswers: null,
    ...overrides,
  };
}

/** A closure after a planned ending, with its checklist half done. */
export function completedClosure(overrides: Partial<ClosureView> = {}): ClosureView {
  return closureView({
    state: 'completed',
    closure: {
      kind: 'planned',
      reason: 'completed',
      reasonText: null,
      initiatedBy: 'mentee',
      closedAt: '2027-06-28T15:00:00Z',
      message: 'Thank you for everything!',
      notesDeleteOn: '2027-09-26',
      notesDeletedAt: null,
    },
    checklist: [
      { key: 'final_session', label: 'Hold a final session', done: true },
      { key: 'goals_assessed', label: 'Assess each goal', done: false },
      { key: 'exit_survey', label: 'Answer the exit survey', done: false },
      { key: 'contact_preference', label: 'Say whether to stay in touch', done: false },
    ],
    goals: [
      { goalId: 'g1', title: 'Lead my first team meeting', attainment: 'achieved' },
      { goalId: 'g2', title: 'Present to the board', attainment: null },
    ],
    partnerSurveyDone: true,
    certificateAvailable: true,
    ...overrides,
  });
}

/** Clicks the radio button whose label reads `label`, inside the group with that test id. */
export function chooseRadio(root: ParentNode, groupId: string, label: string): void {
  const group = byTestId(root, groupId);
  const option = [...group.querySelectorAll('mat-radio-button')].find(
    (button) => textOf(button) === label,
  );
  const input = option?.querySelector('input');
  if (!input) {
    throw new Error(`No "${label}" in "${groupId}"`);
  }
  input.click();
}
