import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import {
  closureView,
  byTestId,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '../pair/testing/pair-fixtures';
import {
  EarlyClosureDialogComponent,
  EarlyClosureDialogData,
} from './early-closure-dialog.component';

describe('EarlyClosureDialogComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<EarlyClosureDialogComponent>;
  let view: HTMLElement;
  const close = jest.fn();

  async function stable(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  async function open(data: EarlyClosureDialogData): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EarlyClosureDialogComponent);
    view = fixture.nativeElement as HTMLElement;
    await stable();
  }

  async function chooseReason(label: string): Promise<void> {
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: label });
    await stable();
  }

  async function tick(testId: string): Promise<void> {
    byTestId(view, testId).querySelector('input')?.click();
    await stable();
  }

  async function confirm(): Promise<void> {
    byTestId(view, 'closure-confirm').click();
    await stable();
  }

  beforeEach(() => close.mockReset());
  afterEach(() => backend.verify());

  it('needs a reason in words for "other" and a ticked confirmation, then sends them', async () => {
    await open({ mode: 'pair', matchId: 'm1', mySide: 'mentee', partnerName: 'Marcus' });
    expect(textOf(view.querySelector('h2'))).toBe('End this mentoring early');
    expect(view.querySelector('[data-testid="closure-no-fault"]')).toBeNull();

    await chooseReason('Other reason');
    await confirm();
    backend.expectNone('/api/matches/m1/close');
    expect(textOf(byTestId(view, 'closure-reason-text-error'))).toBe(
      'Write the reason when you choose “Other reason”.',
    );
    expect(textOf(byTestId(view, 'closure-understood-error'))).toBe('Tick this box to confirm.');

    typeInto(byTestId<HTMLTextAreaElement>(view, 'closure-reason-text'), ' Moving abroad ');
    typeInto(byTestId<HTMLTextAreaElement>(view, 'closure-message'), 'Thank you, Marcus.');
    await tick('closure-understood');
    await confirm();

    const request = backend.expectOne({ method: 'POST', url: '/api/matches/m1/close' });
    expect(request.request.body).toEqual({
      reason: 'other',
      reasonText: 'Moving abroad',
      message: 'Thank you, Marcus.',
      rematch: false,
    });
    const closed = closureView({ state: 'closed_early' });
    request.flush(closed);
    await stable();
    expect(close).toHaveBeenCalledWith(closed);
  });

  it('sends no text for a reason that speaks for itself, and asks to find a new mentor', async () => {
    await open({ mode: 'pair', matchId: 'm1', mySide: 'mentee', partnerName: 'Marcus' });
    await chooseReason('Not enough time');
    expect(view.querySelector('[data-testid="closure-reason-text"]')).toBeNull();
    expect(textOf(byTestId(view, 'closure-rematch'))).toBe('Find me a new mentor');
    await tick('closure-rematch');
    await tick('closure-understood');
    await confirm();

    const request = backend.expectOne('/api/matches/m1/close');
    expect(request.request.body).toEqual({ reason: 'time', rematch: true });
    request.flush(closureView({ state: 'closed_early' }));
    await stable();
  });

  it('puts the server’s word on the reason text next to the field', async () => {
    await open({ mode: 'pair', matchId: 'm1', mySide: 'mentor', partnerName: 'Mia' });
    await chooseReason('Other reason');
    typeInto(byTestId<HTMLTextAreaElement>(view, 'closure-reason-text'), 'x');
    await tick('closure-understood');
    await confirm();

    flushApiError(backend.expectOne('/api/matches/m1/close'), {
      status: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      details: [{ field: 'reasonText', message: 'Write at least 3 characters.' }],
    });
    await stable();
    expect(textOf(view)).toContain('Write at least 3 characters.');
    expect(close).not.toHaveBeenCalled();
  });

  it('lets HR return either side to the pool', async () => {
    await open({ mode: 'hr', matchId: 'm7', mentorName: 'Mo Ali', menteeName: 'Ana Silva' });
    expect(textOf(view.querySelector('h2'))).toBe('End the mentoring of Mo Ali and Ana Silva');
    expect(textOf(byTestId(view, 'closure-rematch-mentee'))).toBe('Find Ana Silva a new mentor');

    await chooseReason('Role change');
    await tick('closure-rematch-mentee');
    await tick('closure-understood');
    await confirm();

    const request = backend.expectOne('/api/matches/m7/close');
    expect(request.request.body).toEqual({
      reason: 'role_change',
      rematchMentee: true,
      rematchMentor: false,
    });
    request.flush(closureView({ matchId: 'm7', state: 'closed_early', mySide: null }));
    await stable();
  });
});
