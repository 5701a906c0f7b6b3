import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AssessmentSummary, ReadinessItem } from '@mentorbridge/shared-contracts';
import { byTestId, settle, textOf } from '@mentorbridge/web-shared-ui/testing';
import { assessmentDetail, program, PROGRAM_ID } from '../testing/fixtures';
import { ReadinessPage } from './readiness-page';

function summary(overrides: Partial<AssessmentSummary>): AssessmentSummary {
  return {
    id: 'a1',
    programId: PROGRAM_ID,
    title: 'Readiness check 2025',
    scopeLabel: 'Whole organisation',
    status: 'completed',
    band: 'not_ready',
    overall: 50,
    respondents: 3,
    respondentsSubmitted: 3,
    createdAt: '2025-03-01T09:00:00Z',
    completedAt: '2025-03-20T09:00:00Z',
    ...overrides,
  };
}

const ITEMS: ReadinessItem[] = [
  {
    id: 'i1',
    dimension: 'structural',
    text: 'A named person owns the program.',
    helpText: '',
    recommendation: 'Name an owner.',
    builtIn: true,
    active: true,
  },
  {
    id: 'i7',
    dimension: 'financial',
    text: 'Regional directors fund travel for pairs.',
    helpText: '',
    recommendation: 'Agree a travel budget.',
    builtIn: false,
    active: true,
  },
];

describe('ReadinessPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
  }

  async function open(assessments: AssessmentSummary[], query = ''): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/programs/${PROGRAM_ID}/readiness${query}`, ReadinessPage);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne(`/api/programs/${PROGRAM_ID}`).flush(program());
    backend.expectOne(`/api/programs/${PROGRAM_ID}/readiness/assessments`).flush(assessments);
    await stable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          {
            path: 'programs/:programId/readiness',
            children: [{ path: '', component: ReadinessPage }],
          },
        ]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('explains why to assess and how the launch gate works when nothing is assessed yet', async () => {
    await open([]);

    expect(textOf(view.querySelector('h1') as Element)).toBe('Readiness — Emerging Leaders');
    const empty = view.querySelector('mb-empty-state') as HTMLElement;
    expect(textOf(empty)).toContain('No readiness assessment yet');
    expect(textOf(empty)).toContain(
      'A cohort can open recruitment only when the latest completed assessment is Ready or better.',
    );
    expect(byTestId(view, 'new-assessment').getAttribute('href')).toBe(
      `/programs/${PROGRAM_ID}/readiness/new`,
    );
  });

  it('shows the latest completed result at a glance and every assessment in the list', async () => {
    await open([
      summary({
        id: 'a3',
        title: 'Re-check',
        status: 'open',
        band: 'ready',
        overall: 72,
        respondentsSubmitted: 1,
        completedAt: null,
      }),
      summary({ id: 'a2', title: 'Readiness check 2026', band: 'strong', overall: 85.7 }),
      summary({ id: 'a1' }),
    ]);
    backend
      .expectOne('/api/readiness/assessments/a2')
      .flush(assessmentDetail({ id: 'a2', band: 'strong' }));
    await stable();

    expect(textOf(byTestId(view, 'readiness-band'))).toBe('Strong');
    expect(textOf(view)).toContain('85.7%');
    expect(textOf(view)).toContain('Launch gate open');
    expect(textOf(view)).toContain('“Re-check” is open: 1 of 3 respondents have submitted.');
    expect(byTestId(view, 'readiness-chart').querySelector('svg[role="img"]')).not.toBeNull();

    const rows = [...view.querySelectorAll('table[aria-label="Readiness assessments"] tbody tr')];
    expect(rows.map((row) => textOf(row.querySelector('a') as Element))).toEqual([
      'Re-check',
      'Readiness check 2026',
      'Readiness check 2025',
    ]);
    expect(rows.map((row) => row.querySelector('a')?.getAttribute('href'))).toEqual([
      `/programs/${PROGRAM_ID}/readiness/a3`,
      `/programs/${PROGRAM_ID}/readiness/a2`,
      `/programs/${PROGRAM_ID}/readiness/a1`,
    ]);
    const band = rows[0]?.querySelector('mb-status-chip:not([data-tone="info"])') as Element;
    expect(textOf(band)).toBe('Ready');
    expect(textOf(band.parentElement as Element)).toContain('so far');
    expect(textOf(rows[0] as Element)).toContain('1 of 3 submitted');
  });

  it('lists the item bank by dimension, marking built-in items and offering edits on the own ones', async () => {
    await open([], '?tab=items');
    backend.expectOne(`/api/programs/${PROGRAM_ID}/readiness/items`).flush(ITEMS);
    await stable(50);

    const structural = view.querySelector(
      '[aria-labelledby="dimension-structural"]',
    ) as HTMLElement;
    expect(textOf(structural.querySelector('.statement') as Element)).toBe(
      'A named person owns the program.',
    );
    expect(textOf(structural.querySelector('.recommendation') as Element)).toBe(
      'If it scores low: Name an owner.',
    );
    expect(textOf(structural)).toContain('Built-in');
    expect(structural.querySelector('button[aria-label^="Edit"]')).toBeNull();

    const financial = view.querySelector('[aria-labelledby="dimension-financial"]') as HTMLElement;
    expect(textOf(financial)).toContain('Program item');
    expect(
      financial.querySelector(
        'button[aria-label="Switch off: Regional directors fund travel for pairs."]',
      ),
    ).not.toBeNull();
    expect(
      textOf(view.querySelector('[aria-labelledby="dimension-cultural"]') as Element),
    ).toContain('No cultural items');
  });
});
