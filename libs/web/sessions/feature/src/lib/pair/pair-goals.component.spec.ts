import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { PairSide } from '@mentorbridge/shared-contracts';
import { GoalDialogComponent } from './goal-dialog.component';
import { PairGoalsComponent } from './pair-goals.component';
import { byTestId, flushApiError, goal, settle, textOf, typeInto } from './testing/pair-fixtures';

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

  afterEach(() => backend.verify());

  async function goals(
    side: PairSide,
    list = [goal()],
  ): Promise<{ fixture: ComponentFixture<PairGoalsComponent>; view: HTMLElement }> {
    const fixture = TestBed.createComponent(PairGoalsComponent);
    fixture.componentRef.setInput('matchId', 'm1');
    fixture.componentRef.setInput('mySide', side);
    fixture.componentRef.setInput('partner', side === 'mentor' ? 'Mia Tanaka' : 'Marcus');
    fixture.componentRef.setInput('goals', list);
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
    return { fixture, view: fixture.nativeElement as HTMLElement };
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
});
