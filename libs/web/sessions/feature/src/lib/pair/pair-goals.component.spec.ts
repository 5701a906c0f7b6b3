import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';
import { CreateGoalRequest, GoalView, PairSide } from '@mentorbridge/shared-contracts';
import { GoalDialogComponent } from './goal-dialog.component';
import { PairGoalsComponent } from './pair-goals.component';
import {
  allByTestId,
  byTestId,
  chooseRadio,
  flushApiError,
  goal,
  settle,
  textOf,
  typeInto,
} from './testing/pair-fixtures';

const TEMPLATES: CreateGoalRequest[] = [
  {
    title: 'Set your development goals in the first month',
    measure: 'Two goals agreed with your mentor',
    targetDate: '2026-10-05',
    milestones: [{ title: 'Draft goals before the second session', dueDate: '2026-09-19' }],
  },
  { title: 'Prepare your closing conversation', why: 'Leave with a plan' },
];

function dialog(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) {
    throw new Error(`${selector} is not open`);
  }
  return element;
}

describe('goals on the pair page', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MAT_DIALOG_DATA, useValue: { matchId: 'm1' } },
        { provide: MatDialogRef, useValue: { close: jest.fn() } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    await settle();
    backend.verify();
  });

  async function goals(
    side: PairSide,
    list: GoalView[] = [goal()],
    templates: CreateGoalRequest[] = [],
  ): Promise<{ fixture: ComponentFixture<PairGoalsComponent>; view: HTMLElement }> {
    const fixture = TestBed.createComponent(PairGoalsComponent);
    fixture.componentRef.setInput('matchId', 'm1');
    fixture.componentRef.setInput('mySide', side);
    fixture.componentRef.setInput('partner', side === 'mentor' ? 'Mia Tanaka' : 'Marcus');
    fixture.componentRef.setInput('goals', list);
    fixture.componentRef.setInput('templates', templates);
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
    return { fixture, view: fixture.nativeElement as HTMLElement };
  }

  async function stable(fixture: ComponentFixture<unknown>): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  it('lets the mentee add goals but not the mentor', async () => {
    const mentee = await goals('mentee');
    expect(mentee.view.querySelector('[data-testid="add-goal"]')).not.toBeNull();

    const mentor = await goals('mentor');
    expect(mentor.view.querySelector('[data-testid="add-goal"]')).toBeNull();
    expect(textOf(byTestId(mentor.view, 'goals-mentor-hint'))).toBe(
      'Mia Tanaka sets the goals. You can report progress and tick milestones.',
    );
  });

  it('shows progress, milestones and what is overdue', async () => {
    const { view } = await goals('mentor');
    expect(textOf(byTestId(view, 'goal-item'))).toContain('Lead my first team meeting');
    expect(textOf(byTestId(view, 'goal-progress'))).toBe('20%');
    expect(textOf(byTestId(view, 'goal-overdue'))).toBe('Overdue');
    expect(textOf(byTestId(view, 'milestone'))).toContain('Shadow a lead');
  });

  it('reports progress from either side', async () => {
    const { fixture, view } = await goals('mentor');
    const changed = jest.fn();
    fixture.componentInstance.changed.subscribe(changed);
    byTestId(view, 'goal-report').click();
    await settle();
    const request = backend.expectOne({ method: 'POST', url: '/api/goals/g1/progress' });
    expect(request.request.body).toEqual({ progress: 20 });
    request.flush(goal({ progress: 20 }));
    await settle();
    expect(changed).toHaveBeenCalledWith(goal({ progress: 20 }));
  });

  it('says why when the server refuses a goal (a mentor forcing it)', async () => {
    const fixture = TestBed.createComponent(GoalDialogComponent);
    fixture.detectChanges();
    const view = fixture.nativeElement as HTMLElement;
    typeInto(byTestId<HTMLInputElement>(view, 'goal-title'), 'Speak at the all-hands');
    byTestId(view, 'goal-save').click();
    await settle();
    const request = backend.expectOne({ method: 'POST', url: '/api/matches/m1/goals' });
    expect(request.request.body).toEqual({ title: 'Speak at the all-hands' });
    flushApiError(request, {
      status: 403,
      error: 'Forbidden',
      message: 'Only the mentee sets goals; the mentor can report progress.',
    });
    await settle();
    fixture.detectChanges();
    expect(textOf(byTestId(view, 'goal-problem'))).toContain(
      'Only the mentee sets goals; the mentor can report progress.',
    );
  });

  it('shows why the goal matters and how the mentee will know, when they are set', async () => {
    const { view } = await goals('mentor', [
      goal({ why: 'I want to run my own team', measure: 'My manager hands me the agenda' }),
    ]);
    expect(textOf(byTestId(view, 'goal-why'))).toBe('Why it matters: I want to run my own team');
    expect(textOf(byTestId(view, 'goal-measure'))).toBe(
      'How you will know: My manager hands me the agenda',
    );

    const bare = await goals('mentor', [goal()]);
    expect(allByTestId(bare.view, 'goal-why')).toHaveLength(0);
    expect(allByTestId(bare.view, 'goal-measure')).toHaveLength(0);
  });

  it('lets only the mentee edit or delete a goal, and nobody once the mentoring ended', async () => {
    const mentee = await goals('mentee');
    expect(textOf(byTestId(mentee.view, 'goal-edit'))).toBe('Edit');
    expect(textOf(byTestId(mentee.view, 'goal-delete'))).toBe('Delete…');

    const mentor = await goals('mentor');
    expect(allByTestId(mentor.view, 'goal-edit')).toHaveLength(0);
    expect(allByTestId(mentor.view, 'goal-delete')).toHaveLength(0);

    const ended = await goals('mentee');
    ended.fixture.componentRef.setInput('readOnly', true);
    ended.fixture.detectChanges();
    expect(allByTestId(ended.view, 'goal-edit')).toHaveLength(0);
    expect(allByTestId(ended.view, 'goal-delete')).toHaveLength(0);
  });

  it('edits a goal in the goal dialog and sends only what changed', async () => {
    const { fixture, view } = await goals('mentee', [
      goal({ why: 'Grow as a lead', measure: null, targetDate: '2027-03-01' }),
    ]);
    const changed = jest.fn();
    fixture.componentInstance.changed.subscribe(changed);

    byTestId(view, 'goal-edit').click();
    await stable(fixture);
    const edit = dialog('mb-goal-dialog');
    expect(textOf(edit.querySelector('h2'))).toBe('Edit the goal');
    expect(byTestId<HTMLInputElement>(edit, 'goal-title').value).toBe('Lead my first team meeting');
    expect(byTestId<HTMLTextAreaElement>(edit, 'goal-why').value).toBe('Grow as a lead');
    expect(byTestId<HTMLInputElement>(edit, 'goal-target').value).toBe('2027-03-01');

    typeInto(byTestId<HTMLInputElement>(edit, 'goal-title'), 'Lead our weekly team meeting');
    typeInto(byTestId<HTMLInputElement>(edit, 'goal-measure'), 'The team asks me to run it again');
    typeInto(byTestId<HTMLInputElement>(edit, 'goal-target'), '');
    chooseRadio(edit, 'goal-status', 'Partly achieved');
    await stable(fixture);
    byTestId(edit, 'goal-save').click();
    await stable(fixture);

    const request = backend.expectOne({ method: 'PATCH', url: '/api/goals/g1' });
    expect(request.request.body).toEqual({
      title: 'Lead our weekly team meeting',
      measure: 'The team asks me to run it again',
      targetDate: null,
      status: 'partly',
    });
    const saved = goal({ title: 'Lead our weekly team meeting', status: 'partly' });
    request.flush(saved);
    await stable(fixture);
    expect(changed).toHaveBeenCalledWith(saved);
    expect(document.querySelector('mb-goal-dialog')).toBeNull();
  });

  it('deletes a goal only after the mentee confirms', async () => {
    const { fixture, view } = await goals('mentee');
    const removed = jest.fn();
    fixture.componentInstance.removed.subscribe(removed);

    byTestId(view, 'goal-delete').click();
    await stable(fixture);
    let confirm = dialog('mb-confirm-dialog');
    expect(textOf(confirm)).toContain(
      'Delete this goal and its milestones? This cannot be undone.',
    );
    [...confirm.querySelectorAll('button')].find((b) => textOf(b) === 'Keep it')?.click();
    await stable(fixture);
    backend.expectNone('/api/goals/g1');
    expect(removed).not.toHaveBeenCalled();

    byTestId(view, 'goal-delete').click();
    await stable(fixture);
    confirm = dialog('mb-confirm-dialog');
    expect(textOf(confirm.querySelector('h2'))).toBe('Delete “Lead my first team meeting”?');
    byTestId(confirm, 'confirm-dialog-confirm').click();
    await stable(fixture);
    backend.expectOne({ method: 'DELETE', url: '/api/goals/g1' }).flush(null);
    await stable(fixture);
    expect(removed).toHaveBeenCalledWith('g1');
  });

  it('says why a delete was refused', async () => {
    const { fixture, view } = await goals('mentee');
    byTestId(view, 'goal-delete').click();
    await stable(fixture);
    byTestId(dialog('mb-confirm-dialog'), 'confirm-dialog-confirm').click();
    await stable(fixture);
    flushApiError(backend.expectOne({ method: 'DELETE', url: '/api/goals/g1' }), {
      status: 409,
      error: 'Conflict',
      message: 'Sessions and notes can be added while the match is active.',
    });
    await stable(fixture);
    expect(textOf(view)).toContain('Sessions and notes can be added while the match is active.');
  });

  it('starts a goal from one of the program’s suggestions, prefilled for the mentee to adapt', async () => {
    const { fixture, view } = await goals('mentee', [goal()], TEMPLATES);
    const changed = jest.fn();
    fixture.componentInstance.changed.subscribe(changed);

    byTestId(view, 'goal-suggestions').click();
    await stable(fixture);
    const items = allByTestId(document.body, 'goal-suggestion');
    expect(items.map((item) => textOf(item))).toEqual([
      'Set your development goals in the first month',
      'Prepare your closing conversation',
    ]);
    items[0]?.click();
    await stable(fixture);

    const add = dialog('mb-goal-dialog');
    expect(textOf(add.querySelector('h2'))).toBe('Add a goal');
    expect(textOf(byTestId(add, 'goal-from-template'))).toContain('Suggested by your program');
    expect(byTestId<HTMLInputElement>(add, 'goal-title').value).toBe(
      'Set your development goals in the first month',
    );
    expect(byTestId<HTMLInputElement>(add, 'goal-measure').value).toBe(
      'Two goals agreed with your mentor',
    );
    expect(byTestId<HTMLInputElement>(add, 'goal-target').value).toBe('2026-10-05');
    expect(byTestId<HTMLInputElement>(add, 'goal-milestone-0').value).toBe(
      'Draft goals before the second session',
    );
    expect(byTestId<HTMLInputElement>(add, 'goal-milestone-due-0').value).toBe('2026-09-19');

    typeInto(byTestId<HTMLTextAreaElement>(add, 'goal-why'), 'So my mentor knows where to help');
    await stable(fixture);
    byTestId(add, 'goal-save').click();
    await stable(fixture);
    const request = backend.expectOne({ method: 'POST', url: '/api/matches/m1/goals' });
    expect(request.request.body).toEqual({
      title: 'Set your development goals in the first month',
      why: 'So my mentor knows where to help',
      measure: 'Two goals agreed with your mentor',
      targetDate: '2026-10-05',
      milestones: [{ title: 'Draft goals before the second session', dueDate: '2026-09-19' }],
    });
    request.flush(goal({ id: 'g2', title: 'Set your development goals in the first month' }));
    await stable(fixture);
    expect(changed).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'g2', title: 'Set your development goals in the first month' }),
    );
  });

  it('mentions the program’s suggestions when the mentee has no goal yet', async () => {
    const withTemplates = await goals('mentee', [], TEMPLATES);
    expect(textOf(withTemplates.view.querySelector('mb-empty-state'))).toContain(
      'Your program suggests 2 goals to start from: choose “Start from a suggestion” and make it yours.',
    );

    const without = await goals('mentee', []);
    expect(textOf(without.view.querySelector('mb-empty-state'))).not.toContain('suggest');
    expect(allByTestId(without.view, 'goal-suggestions')).toHaveLength(0);

    const mentor = await goals('mentor', [], TEMPLATES);
    expect(allByTestId(mentor.view, 'goal-suggestions')).toHaveLength(0);
  });

  it('asks for a title of at least 3 characters before adding a goal', async () => {
    const fixture = TestBed.createComponent(GoalDialogComponent);
    fixture.detectChanges();
    const view = fixture.nativeElement as HTMLElement;
    typeInto(byTestId<HTMLInputElement>(view, 'goal-title'), 'Go');
    byTestId(view, 'goal-save').click();
    await stable(fixture);
    expect(textOf(view.querySelector('mat-error'))).toBe('The title needs at least 3 characters.');
    backend.expectNone('/api/matches/m1/goals');
  });
});
