import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AssessmentDetail } from '@mentorbridge/shared-contracts';
import { byTestId, flushApiError, settle, textOf } from '@mentorbridge/web-shared-ui/testing';
import { ASSESSMENT_ID, assessmentDetail, PROGRAM_ID } from '../testing/fixtures';
import { AssessmentPage } from './assessment-page';

const URL = `/api/readiness/assessments/${ASSESSMENT_ID}`;

describe('AssessmentPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
  }

  async function open(detail: AssessmentDetail): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(
      `/programs/${PROGRAM_ID}/readiness/${ASSESSMENT_ID}`,
      AssessmentPage,
    );
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne(URL).flush(detail);
    await stable();
  }

  /** The rows of the dimension table, cell texts only. */
  function dimensionTable(): string[][] {
    return [...byTestId(view, 'dimension-table').querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => textOf(cell)),
    );
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          {
            path: 'programs/:programId/readiness',
            children: [{ path: ':assessmentId', component: AssessmentPage }],
          },
        ]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('shows the band, the overall score and why the band is not higher', async () => {
    await open(assessmentDetail());

    expect(textOf(view.querySelector('h1') as Element)).toBe('Readiness check 2026');
    expect(textOf(byTestId(view, 'readiness-band'))).toBe('Not ready');
    expect(textOf(byTestId(view, 'overall'))).toBe('75%');
    expect(textOf(byTestId(view, 'band-explanation'))).toBe(
      'Ready needs 70% overall and every dimension at 60% or more: Financial is 50.0%, below 60%.',
    );
    expect(textOf(view)).toContain('Previous cycle, Readiness check 2025: Not ready, 50% overall.');
    expect(textOf(view)).toContain('How is this computed?');
  });

  it('compares every dimension with the previous cycle in words and symbols', async () => {
    await open(assessmentDetail());

    expect(dimensionTable()).toEqual([
      ['Structural 1 of 1 items answered', '87.5%', '75%', '▲ up 12.5 points', '✓ Met'],
      ['Cultural 1 of 1 items answered', '75%', '80%', '▼ down 5 points', '✓ Met'],
      ['Financial 2 of 2 items answered', '50%', '50%', '= no change', '✗ Below'],
      ['Purpose 1 of 1 items answered', '87.5%', '—', 'Not comparable', '✓ Met'],
    ]);
    const chart = byTestId(view, 'readiness-chart');
    expect(chart.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toContain(
      'Structural: This cycle 87.5%, Previous: Readiness check 2025 75%',
    );
  });

  it('lists the recommendations weakest first, each with its dimension and score', async () => {
    await open(assessmentDetail());

    const entries = [...byTestId(view, 'recommendations').querySelectorAll('li')].map((li) =>
      ['.tag', '.score', '.statement', '.advice'].map((part) =>
        textOf(li.querySelector(part) as Element),
      ),
    );
    expect(entries).toEqual([
      [
        'Cultural',
        '25%',
        'Managers release mentees for sessions.',
        'Brief managers on what mentoring asks of them.',
      ],
      [
        'Financial',
        '37.5%',
        'Mentors get time for mentoring.',
        'Agree a time allowance with line managers.',
      ],
    ]);
  });

  it('shows where respondents disagree, with the range of answers and the mean per role', async () => {
    await open(assessmentDetail());

    const disagreements = textOf(byTestId(view, 'disagreements'));
    expect(disagreements).toContain('Leaders talk about mentoring.');
    expect(disagreements).toContain(
      'Answers range from 2 (Disagree) to 5 (Strongly agree). By role: HR 5 (1 answer) · Manager 2 (1 answer)',
    );
  });

  it('completes an open assessment after the confirmation and shows the frozen result', async () => {
    await open(assessmentDetail({ status: 'open', completedAt: null }));
    expect(textOf(view)).toContain('Results so far');

    byTestId(view, 'complete-assessment').click();
    await stable();
    const dialog = document.querySelector('mb-complete-dialog') as HTMLElement;
    expect(textOf(dialog)).toContain('Completing freezes the answers');
    expect(textOf(dialog)).toContain('counts for the launch gate');
    backend.expectNone(`${URL}/complete`);

    byTestId(document, 'confirm-complete').click();
    await stable(200);
    const request = backend.expectOne(`${URL}/complete`);
    expect(request.request.method).toBe('POST');
    request.flush(assessmentDetail());
    await stable();

    expect(view.querySelector('[data-testid="complete-assessment"]')).toBeNull();
    expect(textOf(view)).toContain('Completed');
  });

  it("says why an assessment can't be completed (409)", async () => {
    await open(assessmentDetail({ status: 'open', completedAt: null }));

    byTestId(view, 'complete-assessment').click();
    await stable();
    byTestId(document, 'confirm-complete').click();
    await stable(200);
    flushApiError(backend.expectOne(`${URL}/complete`), {
      status: 409,
      code: 'conflict',
      message: 'Nobody has answered yet: there is nothing to complete.',
    });
    await stable();
    backend.expectOne(URL).flush(assessmentDetail({ status: 'open', completedAt: null }));
    await stable();

    expect(textOf(view)).toContain('The assessment was not completed');
    expect(textOf(view)).toContain('Nobody has answered yet: there is nothing to complete.');
  });

  it("shows each respondent's progress and offers removal only while open", async () => {
    await open(assessmentDetail());

    const rows = [...byTestId(view, 'respondents').querySelectorAll('li')].map((li) => textOf(li));
    expect(rows[0]).toContain('Hana Reyes');
    expect(rows[0]).toContain('4 of 5 answered');
    expect(rows[0]).toContain('Submitted');
    expect(rows[1]).toContain('Not submitted');
    expect(view.querySelector('[aria-label="Remove Mo Ali"]')).toBeNull();
  });
});
