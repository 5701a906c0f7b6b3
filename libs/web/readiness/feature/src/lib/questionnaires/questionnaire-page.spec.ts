import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Questionnaire } from '@mentorbridge/shared-contracts';
import { byTestId, flushApiError, settle, textOf } from '@mentorbridge/web-shared-ui/testing';
import { ASSESSMENT_ID, questionnaire } from '../testing/fixtures';
import { AUTOSAVE_DELAY_MS, QuestionnairePage } from './questionnaire-page';

const URL = `/api/readiness/questionnaires/${ASSESSMENT_ID}`;

describe('QuestionnairePage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
  }

  async function open(loaded: Questionnaire): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/questionnaires/${ASSESSMENT_ID}`, QuestionnairePage);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne(URL).flush(loaded);
    await stable();
  }

  /** The radio of one answer, inside the item whose statement reads `statement`. */
  function radio(statement: string, answer: string): HTMLInputElement {
    const item = [...view.querySelectorAll<HTMLElement>('[data-testid="questionnaire-item"]')].find(
      (element) => textOf(element).includes(statement),
    );
    const group = item?.querySelector('mat-radio-group');
    const labelledBy = group?.getAttribute('aria-labelledby');
    expect(labelledBy && textOf(view.querySelector(`#${labelledBy}`) as Element)).toContain(
      statement,
    );
    const option = [...(group?.querySelectorAll('mat-radio-button') ?? [])].find(
      (button) => textOf(button) === answer,
    );
    const input = option?.querySelector('input');
    if (!input) {
      throw new Error(`No "${answer}" for "${statement}"`);
    }
    return input;
  }

  /** Confirms the open confirmation dialog and lets it close. */
  async function confirmDialog(): Promise<void> {
    byTestId(document, 'confirm-dialog-confirm').click();
    await stable(200);
  }

  async function choose(statement: string, answer: string): Promise<void> {
    radio(statement, answer).click();
    await stable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'questionnaires/:assessmentId', component: QuestionnairePage }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('shows every item with its help text, grouped by dimension, and how many are answered', async () => {
    await open(questionnaire());

    expect([...view.querySelectorAll('h2')].map((h) => textOf(h))).toEqual([
      'Structural',
      'Cultural',
      'Financial',
    ]);
    expect(textOf(view)).toContain('Someone with time and a mandate.');
    expect(textOf(byTestId(view, 'answered-count'))).toBe('1 of 3 answered');
    expect(radio('A named person owns the program.', 'Agree').checked).toBe(true);
    const labels = [
      ...(view
        .querySelector('[data-testid="questionnaire-item"]')
        ?.querySelectorAll('mat-radio-button') ?? []),
    ].map((button) => textOf(button));
    expect(labels).toEqual([
      'Strongly disagree',
      'Disagree',
      'Neither',
      'Agree',
      'Strongly agree',
      "Don't know",
    ]);
  });

  it('sends the chosen scores ("Don\'t know" as null) with submit: true', async () => {
    await open(questionnaire());

    await choose('Leaders talk about mentoring.', 'Strongly agree');
    await choose('There is a budget for the program.', "Don't know");
    expect(textOf(byTestId(view, 'answered-count'))).toBe('3 of 3 answered');

    byTestId(view, 'submit-questionnaire').click();
    await stable();

    const request = backend.expectOne(URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      answers: [
        { itemId: 'i1', score: 4 },
        { itemId: 'i2', score: 5 },
        { itemId: 'i3', score: null },
      ],
      submit: true,
    });
    request.flush(questionnaire({ submittedAt: '2026-03-05T10:00:00Z' }));
    await stable();

    // The navigation badge is brought up to date.
    backend.expectOne('/api/readiness/questionnaires').flush([]);
    await stable();
    expect(textOf(view)).toContain('You submitted on');
    expect(textOf(byTestId(view, 'submit-questionnaire'))).toBe('Submit again');
  });

  it('shows a "Don\'t know" given earlier as chosen, not as unanswered', async () => {
    const loaded = questionnaire();
    loaded.items[1] = { ...loaded.items[1], answered: true, score: null };
    await open(loaded);
    expect(radio('Leaders talk about mentoring.', "Don't know").checked).toBe(true);
    expect(radio('There is a budget for the program.', "Don't know").checked).toBe(false);
    expect(textOf(view)).toContain('2 of 3 answered');
  });

  it('asks before submitting with unanswered items', async () => {
    await open(questionnaire());

    byTestId(view, 'submit-questionnaire').click();
    await stable();
    const dialog = document.querySelector('mb-confirm-dialog') as HTMLElement;
    expect(textOf(dialog)).toContain('2 of 3 items are not answered.');
    backend.expectNone(URL);

    await confirmDialog();

    const request = backend.expectOne(URL);
    expect(request.request.body).toEqual({ answers: [{ itemId: 'i1', score: 4 }], submit: true });
    request.flush(questionnaire({ submittedAt: '2026-03-05T10:00:00Z' }));
    await stable();
    backend.expectOne('/api/readiness/questionnaires').flush([]);
  });

  it('saves a draft by itself shortly after an answer changes', async () => {
    await open(questionnaire());

    await choose('Leaders talk about mentoring.', 'Disagree');
    backend.expectNone(URL);
    await stable(AUTOSAVE_DELAY_MS + 50);

    const request = backend.expectOne(URL);
    expect(request.request.body).toEqual({
      answers: [
        { itemId: 'i1', score: 4 },
        { itemId: 'i2', score: 2 },
      ],
    });
    request.flush(questionnaire());
    await stable();
    expect(textOf(view)).toContain('All answers saved');
  });

  it('is read-only with a banner once the assessment is completed', async () => {
    await open(questionnaire({ status: 'completed', submittedAt: '2026-03-05T10:00:00Z' }));

    expect(textOf(view)).toContain('This assessment is completed');
    expect(view.querySelector('[data-testid="submit-questionnaire"]')).toBeNull();
    expect(radio('A named person owns the program.', 'Agree').disabled).toBe(true);
    expect(radio('Leaders talk about mentoring.', 'Agree').disabled).toBe(true);
  });

  it('turns read-only when HR completed the assessment while answering (409)', async () => {
    await open(questionnaire());
    await choose('Leaders talk about mentoring.', 'Agree');

    byTestId(view, 'submit-questionnaire').click();
    await stable();
    await confirmDialog();
    flushApiError(backend.expectOne(URL), {
      status: 409,
      code: 'conflict',
      message: 'This assessment is completed; answers can no longer change.',
    });
    await stable();
    backend.expectOne(URL).flush(questionnaire({ status: 'completed' }));
    await stable();

    expect(textOf(view)).toContain('This assessment is completed; answers can no longer change.');
    expect(textOf(view)).toContain('HR has completed it');
    expect(view.querySelector('[data-testid="submit-questionnaire"]')).toBeNull();
  });
});
