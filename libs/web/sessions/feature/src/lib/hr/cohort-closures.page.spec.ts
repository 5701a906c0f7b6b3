import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  CohortClosingPreview,
  CohortClosureRow,
  CohortClosureSummary,
  ExtensionView,
  SideDocumentation,
} from '@mentorbridge/shared-contracts';
import { closureView } from '../pair/testing/pair-fixtures';
import { cohortClosuresRoutes } from './cohort-closures.routes';

const BASE = '/programs/p1/cohorts/c1/closures';

const ANSWERED: SideDocumentation = {
  surveyAnswered: true,
  chasedAt: null,
  contactPreference: 'stay_in_touch',
  contactDefaulted: false,
};
const MISSING: SideDocumentation = {
  surveyAnswered: false,
  chasedAt: null,
  contactPreference: null,
  contactDefaulted: false,
};

const EXTENSION: ExtensionView = {
  id: 'x1',
  requestedBy: 'mentee',
  currentEnd: '2027-12-31',
  requestedEnd: '2028-02-29',
  reason: 'Our last goal needs two more months.',
  state: 'pending',
  decidedAt: null,
  approvedEnd: null,
  note: null,
  createdAt: '2027-11-20T09:00:00Z',
};

function row(overrides: Partial<CohortClosureRow> = {}): CohortClosureRow {
  return {
    matchId: 'm1',
    mentor: { userId: 'u1', displayName: 'Mo Ali' },
    mentee: { userId: 'u2', displayName: 'Ana Silva' },
    state: 'active',
    plannedEnd: '2027-12-31',
    kind: null,
    reason: null,
    initiatedBy: null,
    closedAt: null,
    mentorDoc: null,
    menteeDoc: null,
    documented: false,
    pendingExtension: null,
    ...overrides,
  };
}

const ACTIVE = row({ pendingExtension: EXTENSION });
const EARLY_UNDOCUMENTED = row({
  matchId: 'm2',
  mentor: { userId: 'u3', displayName: 'Lin Chen' },
  mentee: { userId: 'u4', displayName: 'Ben Okafor' },
  state: 'closed_early',
  kind: 'early',
  reason: 'time',
  initiatedBy: 'mentee',
  closedAt: '2027-06-10T09:00:00Z',
  mentorDoc: ANSWERED,
  menteeDoc: MISSING,
  documented: false,
});
const DOCUMENTED = row({
  matchId: 'm3',
  mentor: { userId: 'u5', displayName: 'Rosa Díaz' },
  mentee: { userId: 'u6', displayName: 'Cleo Duarte' },
  state: 'closed_early',
  kind: 'early',
  reason: 'fit',
  initiatedBy: 'hr',
  closedAt: '2027-05-02T09:00:00Z',
  mentorDoc: ANSWERED,
  menteeDoc: {
    ...MISSING,
    chasedAt: '2027-05-20T09:00:00Z',
    contactPreference: 'no_further_contact',
    contactDefaulted: true,
  },
  documented: true,
});

function summary(overrides: Partial<CohortClosureSummary> = {}): CohortClosureSummary {
  return {
    cohortId: 'c1',
    cohortName: 'Spring 2027',
    cohortState: 'active',
    endDate: '2027-12-31',
    active: 1,
    closed: 2,
    documented: 1,
    undocumented: 1,
    earlyByReason: [
      { reason: 'fit', count: 1 },
      { reason: 'time', count: 3 },
      { reason: 'other', count: 0 },
    ],
    pendingExtensions: 1,
    rows: [ACTIVE, EARLY_UNDOCUMENTED, DOCUMENTED],
    ...overrides,
  };
}

const PREVIEW: CohortClosingPreview = {
  cohortId: 'c1',
  cohortName: 'Spring 2027',
  cohortState: 'active',
  active: [
    { matchId: 'm1', mentor: 'Mo Ali', mentee: 'Ana Silva', plannedEnd: '2027-12-31' },
    { matchId: 'm9', mentor: 'Lin Chen', mentee: 'Eve Park', plannedEnd: null },
  ],
  proposed: 3,
  pendingExtensions: 1,
};

function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function all(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
}

function one(root: ParentNode, id: string): HTMLElement {
  const [element] = all(root, id);
  if (!element) {
    throw new Error(`No element with data-testid="${id}"`);
  }
  return element;
}

function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('blur'));
}

const settle = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('CohortClosuresPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(): Promise<void> {
    await settle();
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(loaded: CohortClosureSummary | null = summary()): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(BASE);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    if (loaded) {
      backend.expectOne('/api/cohorts/c1/closures').flush(loaded);
      await stable();
    }
  }

  function rowOf(name: string): HTMLElement {
    const found = all(view, 'closure-row').find((element) => textOf(element).includes(name));
    if (!found) {
      throw new Error(`No row with ${name}`);
    }
    return found;
  }

  function overlay(selector: string): HTMLElement {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) {
      throw new Error(`${selector} is not open`);
    }
    return element;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          {
            path: 'programs/:programId/cohorts/:cohortId/closures',
            children: cohortClosuresRoutes,
          },
          { path: '**', children: [] },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    await settle();
    backend.verify();
  });

  it('sums up the closures, charts early endings by reason and shows each side’s part', async () => {
    await open();

    expect(textOf(view.querySelector('h1'))).toBe('Closures · Spring 2027');
    expect(textOf(one(view, 'summary-active'))).toBe('1');
    expect(textOf(one(view, 'summary-closed'))).toBe('2');
    expect(textOf(one(view, 'summary-documented'))).toBe('1');
    expect(textOf(one(view, 'summary-undocumented'))).toBe('1');
    expect(textOf(one(view, 'summary-extensions'))).toBe('1');
    const bars = [...one(view, 'early-reasons').querySelectorAll('li')].map((li) => [
      textOf(one(li, 'early-reason-label')),
      textOf(one(li, 'early-reason-count')),
    ]);
    expect(bars).toEqual([
      ['Not enough time', '3'],
      ['Not a good fit (no fault)', '1'],
    ]);

    const undocumented = rowOf('Lin Chen');
    expect(textOf(one(undocumented, 'row-reason'))).toBe('Not enough time');
    expect(textOf(undocumented)).toContain('Ben Okafor (mentee)');
    expect(textOf(one(undocumented, 'row-mentor-doc'))).toBe('Survey answered');
    expect(textOf(one(undocumented, 'row-mentee-doc'))).toBe('Survey missing');
    expect(textOf(one(undocumented, 'row-documented'))).toBe('No');
    expect(all(undocumented, 'row-chase')).toHaveLength(1);
    expect(all(undocumented, 'row-end-early')).toHaveLength(0);

    const documented = rowOf('Rosa Díaz');
    expect(textOf(one(documented, 'row-mentee-doc'))).toMatch(/^Chased /);
    expect(textOf(documented)).toContain('No further contact (default applied)');
    expect(textOf(one(documented, 'row-documented'))).toBe('Yes');
    expect(all(documented, 'row-chase')).toHaveLength(0);

    const active = rowOf('Mo Ali');
    expect(textOf(active)).toContain('Still active');
    expect(textOf(one(active, 'row-extension'))).toMatch(/^Asks to extend to /);
    expect(all(active, 'row-decide')).toHaveLength(1);
    expect(all(active, 'row-end-early')).toHaveLength(1);
    expect(one(view, 'closures-pairs-link').getAttribute('href')).toBe(
      '/programs/p1/cohorts/c1/pairs',
    );
  });

  it('filters to the closures that are not documented yet', async () => {
    await open();
    const toggle = [...one(view, 'closures-filter').querySelectorAll('button')].find((button) =>
      textOf(button).startsWith('Not documented'),
    );
    expect(textOf(toggle ?? null)).toBe('Not documented (1)');
    toggle?.click();
    await stable();

    expect(all(view, 'closure-row').map((element) => textOf(element.querySelector('th')))).toEqual([
      'Lin Chen with Ben Okafor',
    ]);
  });

  it('says what to do when the cohort has no pairs and nobody ended early', async () => {
    await open(
      summary({
        active: 0,
        closed: 0,
        documented: 0,
        undocumented: 0,
        earlyByReason: [],
        pendingExtensions: 0,
        rows: [],
      }),
    );

    expect(textOf(one(view, 'closures-empty'))).toContain('No pairs in this cohort yet');
    expect(textOf(one(view, 'early-none'))).toBe('No pair has ended early in this cohort.');
    expect(all(view, 'closure-row')).toHaveLength(0);
    expect(all(view, 'closures-csv')).toHaveLength(0);
  });

  it('points to the cohort page while the cohort is closing, without closing it again', async () => {
    await open(summary({ cohortState: 'closing' }));

    expect(all(view, 'close-cohort')).toHaveLength(0);
    const banner = one(view, 'closures-closing');
    expect(textOf(banner)).toContain('move the cohort to Closed');
    expect(banner.querySelector('a')?.getAttribute('href')).toBe('/programs/p1/cohorts/c1');
  });

  it('offers a retry when the closures cannot be loaded', async () => {
    await open(null);
    backend
      .expectOne('/api/cohorts/c1/closures')
      .flush({ statusCode: 500, message: 'Boom' }, { status: 500, statusText: 'Error' });
    await stable();
    expect(textOf(view)).toContain("We couldn't load the closures");
  });

  it('says when the cohort is not found or not mine', async () => {
    await open(null);
    backend
      .expectOne('/api/cohorts/c1/closures')
      .flush({ statusCode: 404, message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await stable();
    expect(textOf(view)).toContain('This cohort was not found');
  });

  it('closes the cohort after a preview, sending the number of pairs it showed', async () => {
    await open();
    one(view, 'close-cohort').click();
    await stable();
    const dialog = overlay('mb-close-cohort-dialog');
    backend.expectOne('/api/cohorts/c1/closing-preview').flush(PREVIEW);
    await stable();

    expect([...one(dialog, 'preview-active').querySelectorAll('li')].map(textOf)).toEqual([
      expect.stringMatching(/^Mo Ali and Ana Silva · planned end .*2027$/),
      'Lin Chen and Eve Park',
    ]);
    expect(textOf(one(dialog, 'preview-proposed'))).toBe(
      '3 proposals still waiting for answers will be cancelled.',
    );
    expect(textOf(one(dialog, 'preview-extensions'))).toContain('1 pair has asked for more time.');

    one(dialog, 'close-cohort-confirm').click();
    await stable();
    const first = backend.expectOne({ method: 'POST', url: '/api/cohorts/c1/close' });
    expect(first.request.body).toEqual({ expectedActive: 2 });
    first.flush(
      { statusCode: 409, message: 'A pair ended meanwhile.' },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(textOf(one(dialog, 'close-cohort-problem'))).toContain('A pair ended meanwhile.');
    backend
      .expectOne('/api/cohorts/c1/closing-preview')
      .flush({ ...PREVIEW, active: PREVIEW.active.slice(0, 1) });
    await stable();

    one(dialog, 'close-cohort-confirm').click();
    await stable();
    const second = backend.expectOne({ method: 'POST', url: '/api/cohorts/c1/close' });
    expect(second.request.body).toEqual({ expectedActive: 1 });
    second.flush({ completed: 1, cancelled: 3, surveysSent: 2 });
    await stable();
    await settle(10);

    backend
      .expectOne('/api/cohorts/c1/closures')
      .flush(summary({ cohortState: 'closing', active: 0 }));
    await stable();
    expect(document.querySelector('mb-close-cohort-dialog')).toBeNull();
    expect(textOf(document.querySelector('.mat-mdc-snack-bar-label'))).toContain(
      'Spring 2027 is closing: 1 pair completed, 3 proposals cancelled, 2 exit surveys sent.',
    );
    expect(all(view, 'close-cohort')).toHaveLength(0);
  });

  it('chases the missing exit survey of a closed pair', async () => {
    await open();
    one(rowOf('Lin Chen'), 'row-chase').click();
    await stable();

    const chase = backend.expectOne({ method: 'POST', url: '/api/matches/m2/closure/chase' });
    chase.flush(closureView({ matchId: 'm2', state: 'closed_early', mySide: null }));
    await stable();
    backend.expectOne('/api/cohorts/c1/closures').flush(summary());
    await stable();
    expect(textOf(document.querySelector('.mat-mdc-snack-bar-label'))).toContain(
      'A reminder went to Ben Okafor.',
    );
  });

  it('decides an extension: a note is needed to decline, a date to approve', async () => {
    await open();
    one(rowOf('Mo Ali'), 'row-decide').click();
    await stable();
    const dialog = overlay('mb-extension-decision-dialog');
    expect(textOf(one(dialog, 'decision-request'))).toMatch(/^Ana Silva \(mentee\) asked on /);

    [...one(dialog, 'decision-choice').querySelectorAll('mat-radio-button')]
      .find((button) => textOf(button) === 'Decline')
      ?.querySelector('input')
      ?.click();
    await stable();
    one(dialog, 'decision-save').click();
    await stable();
    backend.expectNone('/api/matches/m1/extensions/x1/decision');
    expect(textOf(dialog)).toContain('Write a short note when you decline.');

    [...one(dialog, 'decision-choice').querySelectorAll('mat-radio-button')]
      .find((button) => textOf(button) === 'Approve')
      ?.querySelector('input')
      ?.click();
    await stable();
    typeInto(one(dialog, 'decision-date') as HTMLInputElement, '2028-01-31');
    await stable();
    one(dialog, 'decision-save').click();
    await stable();

    const decision = backend.expectOne({
      method: 'POST',
      url: '/api/matches/m1/extensions/x1/decision',
    });
    expect(decision.request.body).toEqual({ approve: true, endDate: '2028-01-31' });
    decision.flush(closureView());
    await stable();
    await settle(10);
    backend.expectOne('/api/cohorts/c1/closures').flush(summary());
    await stable();
  });

  it('shows a pair’s documentation and exit answers, never their reflections', async () => {
    await open();
    one(rowOf('Lin Chen'), 'row-details').click();
    await stable();
    const dialog = overlay('mb-closure-detail-dialog');
    backend.expectOne('/api/matches/m2/closure').flush(
      closureView({
        matchId: 'm2',
        state: 'closed_early',
        mySide: null,
        closure: {
          kind: 'early',
          reason: 'time',
          reasonText: null,
          initiatedBy: 'mentee',
          closedAt: '2027-06-10T09:00:00Z',
          message: null,
          notesDeleteOn: '2027-09-08',
          notesDeletedAt: null,
        },
        documentation: { documented: false, mentor: ANSWERED, mentee: MISSING },
        exitAnswers: [
          { side: 'mentor', satisfaction: 4, recommend: 8, helped: 'Clear goals', change: null },
        ],
      }),
    );
    await stable();

    expect(textOf(one(dialog, 'detail-record'))).toContain('Early · Not enough time');
    expect(textOf(one(dialog, 'detail-record'))).toContain('Ben Okafor (mentee)');
    const sides = all(dialog, 'detail-side').map((side) => [
      textOf(side.querySelector('.who')),
      textOf(one(side, 'detail-side-survey')),
      textOf(one(side, 'detail-side-contact')),
    ]);
    expect(sides).toEqual([
      ['Lin Chen (mentor)', 'Survey answered', 'Stay in touch'],
      ['Ben Okafor (mentee)', 'Survey missing', 'Contact preference not given'],
    ]);
    const cells = [...one(dialog, 'detail-answers').querySelectorAll('tbody tr > *')].map(textOf);
    expect(cells).toEqual(['Lin Chen', '4/5', '8/10', 'Clear goals', '—']);
    expect(textOf(dialog)).toContain('Private reflections and messages between the pair');
  });
});
