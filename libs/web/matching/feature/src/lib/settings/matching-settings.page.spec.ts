import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSliderHarness } from '@angular/material/slider/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  DEFAULT_MATCHING_SETTINGS,
  MATCH_CRITERIA,
  MatchCriterion,
  MatchingSettings,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { programMatchingRoutes } from '../matching.routes';
import {
  byTestId,
  errorByLabel,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { HR_LEAD, PROGRAM } from '../testing/fixtures';
import { MatchingSettingsPage } from './matching-settings.page';

describe('MatchingSettingsPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(settings: MatchingSettings = DEFAULT_MATCHING_SETTINGS): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/programs/p1/matching-settings');
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/programs/p1').flush(PROGRAM);
    backend.expectOne('/api/programs/p1/matching-settings').flush(settings);
    await stable();
  }

  async function setWeight(criterion: MatchCriterion, value: number): Promise<void> {
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const slider = await loader.getHarness(
      MatSliderHarness.with({ ancestor: `[data-testid="weight-${criterion}"]` }),
    );
    await (await slider.getEndThumb()).setValue(value);
    await stable();
  }

  function input(name: string): HTMLInputElement {
    return view.querySelector(`input[formcontrolname="${name}"]`) as HTMLInputElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'programs/:programId/matching-settings', children: programMatchingRoutes },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(HR_LEAD);
  });

  afterEach(() => backend.verify());

  it('shows every criterion with what it measures and its weight', async () => {
    await open({
      ...DEFAULT_MATCHING_SETTINGS,
      weights: { ...DEFAULT_MATCHING_SETTINGS.weights, location: 0 },
    });

    expect(textOf(view.querySelector('h1'))).toBe('Matching settings');
    const skills = byTestId(view, 'weight-skills');
    expect(textOf(skills)).toContain('Skills ↔ expertise');
    expect(textOf(skills)).toContain(
      "Share of the mentee's target skills that the mentor lists as expertise.",
    );
    expect(textOf(skills.querySelector('.weight-value'))).toBe('5');
    expect(textOf(byTestId(view, 'weight-location').querySelector('.weight-value'))).toBe('Off');
    expect(view.querySelectorAll('[data-testid^="weight-"]')).toHaveLength(MATCH_CRITERIA.length);
    expect(byTestId<HTMLButtonElement>(view, 'save-settings').disabled).toBe(true);
  });

  it('refuses a shortlist size out of range, then saves the changed settings', async () => {
    await open();

    typeInto(input('shortlistSize'), '0');
    await stable();
    expect(errorByLabel(view, 'Shortlist size')).toBe(
      'Enter a whole number of mentors from 1 to 20.',
    );
    byTestId(view, 'save-settings').click();
    await stable();
    backend.expectNone('/api/programs/p1/matching-settings');
    expect(textOf(byTestId(view, 'settings-problems'))).toContain(
      'Shortlist size: Enter a whole number of mentors from 1 to 20.',
    );

    typeInto(input('shortlistSize'), '8');
    typeInto(input('requestExpiryDays'), '14');
    await setWeight('skills', 9);
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const activate = await loader.getHarness(
      MatSlideToggleHarness.with({ label: 'Pairs are active as soon as they are published' }),
    );
    await activate.toggle();
    await stable();
    expect(textOf(view)).toContain('the pair starts at once');
    byTestId(view, 'save-settings').click();
    await stable();

    const request = backend.expectOne('/api/programs/p1/matching-settings');
    expect(request.request.method).toBe('PUT');
    const expected: MatchingSettings = {
      ...DEFAULT_MATCHING_SETTINGS,
      weights: { ...DEFAULT_MATCHING_SETTINGS.weights, skills: 9 },
      shortlistSize: 8,
      requestExpiryDays: 14,
      activateOnPublish: true,
    };
    expect(request.request.body).toEqual(expected);
    request.flush(expected);
    await stable();
    expect(byTestId<HTMLButtonElement>(view, 'save-settings').disabled).toBe(true);
    expect(document.querySelector('.mat-mdc-snack-bar-label')?.textContent).toContain(
      'Matching settings are saved.',
    );
  });

  it('asks for at least one criterion that counts', async () => {
    const allButOne = Object.fromEntries(MATCH_CRITERIA.map((c) => [c, 0])) as Record<
      MatchCriterion,
      number
    >;
    await open({ ...DEFAULT_MATCHING_SETTINGS, weights: { ...allButOne, skills: 1 } });

    await setWeight('skills', 0);
    byTestId(view, 'save-settings').click();
    await stable();

    backend.expectNone('/api/programs/p1/matching-settings');
    expect(textOf(byTestId(view, 'weights'))).toContain(
      'Give at least one criterion a weight above 0.',
    );
  });

  it('shows the server’s field errors next to the field', async () => {
    await open();
    typeInto(input('requestExpiryDays'), '30');
    await stable();
    byTestId(view, 'save-settings').click();
    await stable();

    flushApiError(backend.expectOne('/api/programs/p1/matching-settings'), {
      status: 400,
      code: 'validation_failed',
      message: 'Validation failed',
      details: [
        {
          field: 'requestExpiryDays',
          message: 'requestExpiryDays must be a whole number of days from 1 to 60',
        },
      ],
    });
    await stable();

    expect(errorByLabel(view, 'Days to answer a request')).toBe(
      'Days to answer a request must be a whole number of days from 1 to 60.',
    );
  });

  it('knows when there are unsaved changes, so leaving asks first', async () => {
    await open();
    const page = harness.routeDebugElement?.componentInstance as MatchingSettingsPage;
    expect(page.hasUnsavedChanges()).toBe(false);

    await setWeight('availability', 7);

    expect(page.hasUnsavedChanges()).toBe(true);
    expect(byTestId<HTMLButtonElement>(view, 'save-settings').disabled).toBe(false);
  });
});
