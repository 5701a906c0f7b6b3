import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { Observable, Subject } from 'rxjs';
import { buttonByText, byTestId, errorByLabel, settle, textOf, typeInto } from '../../testing';
import {
  askForReason,
  ReasonDialogData,
  ReasonFailure,
  reasonError,
} from './reason-dialog.component';

interface Sent {
  reason: string;
  answer: Subject<string>;
}

describe('askForReason', () => {
  let sent: Sent[];
  let failure: jest.Mock<ReasonFailure, [unknown]>;

  function data(overrides: Partial<ReasonDialogData<string>> = {}): ReasonDialogData<string> {
    return {
      title: 'Decline the match with Ben Okafor?',
      explanation: "Your reason goes to the program's HR leads.",
      label: 'Why are you declining?',
      hint: 'For example: we already work closely together.',
      rule: { min: 3, max: 20, label: 'The reason' },
      confirmLabel: 'Decline',
      sendingLabel: 'Sending your answer',
      problemTitle: 'Your answer was not saved',
      testId: 'decline',
      send: (reason): Observable<string> => {
        const answer = new Subject<string>();
        sent.push({ reason, answer });
        return answer;
      },
      failure,
      ...overrides,
    };
  }

  async function open(
    overrides: Partial<ReasonDialogData<string>> = {},
  ): Promise<{ dialog: HTMLElement; result: Promise<string | undefined> }> {
    const result = askForReason(TestBed.inject(MatDialog), data(overrides));
    await settle();
    TestBed.tick();
    const dialog = document.querySelector<HTMLElement>('mb-reason-dialog');
    if (!dialog) {
      throw new Error('The reason dialog is not open');
    }
    return { dialog, result };
  }

  async function render(): Promise<void> {
    await settle();
    TestBed.tick();
  }

  function reasonField(dialog: HTMLElement): HTMLTextAreaElement {
    return byTestId<HTMLTextAreaElement>(dialog, 'decline-reason');
  }

  beforeEach(() => {
    sent = [];
    failure = jest.fn();
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('says what the reason is for, who reads it and how long it may be', async () => {
    const { dialog } = await open({ rows: 3 });

    expect(textOf(dialog.querySelector('h2'))).toBe('Decline the match with Ben Okafor?');
    expect(textOf(byTestId(dialog, 'decline-explanation'))).toBe(
      "Your reason goes to the program's HR leads.",
    );
    expect(textOf(dialog.querySelector('mat-label'))).toBe('Why are you declining?');
    expect(textOf(dialog.querySelector('mat-hint'))).toBe(
      'For example: we already work closely together.',
    );
    const field = reasonField(dialog);
    expect(field.required).toBe(true);
    expect(field.getAttribute('maxlength')).toBe('20');
    expect(field.rows).toBe(3);
    expect(textOf(byTestId(dialog, 'confirm-decline'))).toBe('Decline');
  });

  it('asks for a reason of the right length before sending anything', async () => {
    const { dialog } = await open();

    byTestId(dialog, 'confirm-decline').click();
    await render();
    expect(errorByLabel(dialog, 'Why are you declining?')).toBe('Enter the reason.');

    typeInto(reasonField(dialog), ' no ');
    byTestId(dialog, 'confirm-decline').click();
    await render();
    expect(errorByLabel(dialog, 'Why are you declining?')).toBe(
      'The reason needs at least 3 characters.',
    );
    expect(sent).toEqual([]);
  });

  it('sends the trimmed reason, shows progress, and closes with the answer', async () => {
    const { dialog, result } = await open();

    typeInto(reasonField(dialog), '  No time this spring  ');
    byTestId(dialog, 'confirm-decline').click();
    await render();

    expect(sent.map((s) => s.reason)).toEqual(['No time this spring']);
    expect(dialog.querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe(
      'Sending your answer',
    );
    expect(byTestId<HTMLButtonElement>(dialog, 'confirm-decline').disabled).toBe(true);
    expect(buttonByText(dialog, 'Cancel').disabled).toBe(true);

    sent[0]?.answer.next('declined');
    sent[0]?.answer.complete();
    await expect(result).resolves.toBe('declined');
  });

  it('shows a refused reason under the field and any other failure in a banner', async () => {
    const { dialog } = await open();
    typeInto(reasonField(dialog), 'Not a fit');

    failure.mockReturnValueOnce({ reason: 'Reason is too vague.' });
    byTestId(dialog, 'confirm-decline').click();
    await render();
    sent[0]?.answer.error(new Error('400'));
    await render();
    expect(errorByLabel(dialog, 'Why are you declining?')).toBe('Reason is too vague.');
    expect(dialog.querySelector('[data-testid="decline-problem"]')).toBeNull();

    // The refused reason stands until it is changed.
    typeInto(reasonField(dialog), 'Not a fit, sorry');
    failure.mockReturnValueOnce({ problem: 'This match was already answered' });
    byTestId(dialog, 'confirm-decline').click();
    await render();
    sent[1]?.answer.error(new Error('409'));
    await render();
    const banner = byTestId(dialog, 'decline-problem');
    expect(textOf(banner)).toContain('Your answer was not saved');
    expect(textOf(banner)).toContain('This match was already answered');
    expect(failure).toHaveBeenCalledTimes(2);
    expect(byTestId<HTMLButtonElement>(dialog, 'confirm-decline').disabled).toBe(false);
  });

  it('resolves to nothing when the person cancels', async () => {
    const { dialog, result } = await open();

    buttonByText(dialog, 'Cancel').click();

    await expect(result).resolves.toBeUndefined();
    expect(sent).toEqual([]);
  });
});

describe('reasonError', () => {
  it('asks for a reason of the right length in plain words', () => {
    const rule = { min: 3, max: 10, label: 'The reason' };
    expect(reasonError('  ', rule)).toBe('Enter the reason.');
    expect(reasonError(' ok ', rule)).toBe('The reason needs at least 3 characters.');
    expect(reasonError('far too long here', rule)).toBe('The reason can be at most 10 characters.');
    expect(reasonError(' fine ', rule)).toBeNull();
  });
});
