import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApplicationFormView } from '@mentorbridge/shared-contracts';
import { validateAnswers } from '@mentorbridge/shared-util';
import { ApplyPage } from './apply.page';
import {
  allByTestId,
  byTestId,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { applicationDetail, CLEAR_GOAL, COHORT_ID, formView, QUESTIONS } from './testing/fixtures';

@Component({ template: '<p>Application page</p>' })
class ApplicationStub {}

const FORM_URL = `/api/cohorts/${COHORT_ID}/application-form?role=mentee`;
const APPLY_URL = `/api/cohorts/${COHORT_ID}/applications`;

describe('ApplyPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(loaded: ApplicationFormView = formView()): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/apply/${COHORT_ID}?role=mentee`, ApplyPage);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne(FORM_URL).flush(loaded);
    await stable();
  }

  function question(key: string): HTMLElement {
    return byTestId(view, `question-${key}`);
  }

  function submitButton(): HTMLButtonElement {
    return byTestId<HTMLButtonElement>(view, 'submit-application');
  }

  /** Types into the tags input and presses Enter. */
  async function addTag(key: string, value: string): Promise<void> {
    const input = byTestId<HTMLInputElement>(view, `tags-input-${key}`);
    input.focus();
    typeInto(input, value);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    Object.defineProperty(enter, 'keyCode', { get: () => 13 });
    input.dispatchEvent(enter);
    await stable();
  }

  function checkbox(root: HTMLElement, name: string): HTMLInputElement {
    const input = Array.from(
      root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
    ).find(
      (element) =>
        element.getAttribute('aria-label') === name ||
        textOf(element.closest('mat-checkbox')) === name,
    );
    if (!input) {
      throw new Error(`No checkbox "${name}"`);
    }
    return input;
  }

  function radio(root: HTMLElement, name: string): HTMLInputElement {
    const button = Array.from(root.querySelectorAll('mat-radio-button')).find((element) =>
      textOf(element).startsWith(name),
    );
    const input = button?.querySelector('input');
    if (!input) {
      throw new Error(`No radio "${name}"`);
    }
    return input;
  }

  async function typeGoal(text: string): Promise<void> {
    typeInto(question('goal').querySelector('textarea') as HTMLTextAreaElement, text);
    await stable();
  }

  async function answerRequired(): Promise<void> {
    await typeGoal(CLEAR_GOAL);
    await addTag('target_skills', 'Public speaking');
    radio(question('preferred_seniority'), 'One level above me').click();
    checkbox(question('availability'), 'Monday morning').click();
    checkbox(question('availability'), 'Thursday afternoon').click();
    checkbox(question('meeting_modes'), 'Video').click();
    await stable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'apply/:cohortId', component: ApplyPage },
          { path: 'applications/:applicationId', component: ApplicationStub },
        ]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('draws every question type with its help, required marker and pre-filled answers', async () => {
    await open();

    expect(textOf(view.querySelector('h1'))).toBe('Apply as a mentee');
    for (const q of QUESTIONS) {
      expect(textOf(question(q.key))).toContain(q.label);
    }
    // Long text with a counter, short text and number inputs.
    expect(question('goal').querySelector('textarea')?.required).toBe(true);
    expect(textOf(question('goal'))).toContain('Be concrete.');
    expect(textOf(question('goal'))).toContain('0 / 2000');
    expect(textOf(question('custom_team'))).toContain('0 / 40');
    expect(question('custom_hours').querySelector('input')?.type).toBe('number');
    // Single choice and scale as radios in a fieldset with a legend.
    const legend = textOf(question('preferred_seniority').querySelector('legend'));
    expect(legend).toContain('How senior should your mentor be?');
    expect(legend).toContain('(required)');
    expect(question('preferred_seniority').querySelectorAll('input[type="radio"]')).toHaveLength(2);
    expect(question('custom_confidence').querySelectorAll('input[type="radio"]')).toHaveLength(5);
    expect(textOf(question('custom_confidence').querySelector('legend'))).not.toContain('*');
    // Several choices as checkboxes.
    expect(checkbox(question('meeting_modes'), 'Walking mentoring')).toBeTruthy();
    // Availability: weekday rows × part-of-day columns, each slot named for screen readers.
    const grid = question('availability');
    expect(grid.querySelector('fieldset legend')).not.toBeNull();
    expect(Array.from(grid.querySelectorAll('th[scope="col"]')).map(textOf)).toEqual([
      'Morning',
      'Lunchtime',
      'Afternoon',
    ]);
    expect(grid.querySelectorAll('th[scope="row"]')).toHaveLength(5);
    expect(grid.querySelectorAll('input[type="checkbox"]')).toHaveLength(15);
    expect(checkbox(grid, 'Wednesday lunchtime')).toBeTruthy();
    // Tags pre-filled from the directory profile.
    expect(
      Array.from(question('languages').querySelectorAll('mat-chip-row')).map((chip) =>
        textOf(chip).replace(/\s*cancel$/, ''),
      ),
    ).toEqual(['English', 'Portuguese']);
    // The directory profile the application will use.
    expect(textOf(view)).toContain('From your profile');
    expect(textOf(view)).toContain('Finance');
    expect(textOf(view)).toContain('Marta Costa');
    expect(textOf(view)).toContain('Ask HR to correct it');
  });

  it("shows the server's validation messages next to each question and in a summary, without sending", async () => {
    await open();

    submitButton().click();
    await stable();

    backend.expectNone(APPLY_URL);
    const expected = validateAnswers(QUESTIONS, { languages: ['English', 'Portuguese'] }).map(
      (error) => error.message,
    );
    expect(expected).toContain('What do you want to reach, and why a mentor? is required');
    const summary = byTestId(view, 'error-summary');
    expect(Array.from(summary.querySelectorAll('li')).map(textOf)).toEqual(expected);
    expect(textOf(question('goal').querySelector('mat-error'))).toBe('This answer is required.');
    expect(textOf(question('availability').querySelector('.error'))).toBe(
      'This answer is required.',
    );

    // Fixing a question takes it off the summary.
    await typeGoal(CLEAR_GOAL);
    expect(textOf(byTestId(view, 'error-summary'))).not.toContain('What do you want to reach');
    expect(question('goal').querySelector('mat-error')).toBeNull();
  });

  it('guides the mentee while typing a goal that is too short or too generic, without blocking', async () => {
    await open();
    const guidance = () => textOf(byTestId(question('goal'), 'goal-guidance'));

    await typeGoal('Grow.');
    expect(guidance()).toContain('A little more would help');
    expect(textOf(byTestId(view, 'goal-count'))).toBe('5 of at least 80 characters');
    expect(textOf(question('goal'))).toContain('For example:');

    await typeGoal(
      'I want to learn and grow and develop my career and my skills and become better in general',
    );
    expect(guidance()).toContain('This reads a bit general');

    await typeGoal(CLEAR_GOAL);
    expect(guidance()).toContain("That's a clear goal");
    expect(textOf(question('goal'))).not.toContain('For example:');
    expect(submitButton().disabled).toBe(false);
  });

  it('sends the role and every answer, then opens the application with a success message', async () => {
    await open();
    await answerRequired();
    await typeGoal('Grow.');
    await typeGoal(CLEAR_GOAL);

    submitButton().click();
    await stable();

    const request = backend.expectOne(APPLY_URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      role: 'mentee',
      answers: {
        goal: CLEAR_GOAL,
        target_skills: ['Public speaking'],
        preferred_seniority: 'one_level_up',
        languages: ['English', 'Portuguese'],
        availability: ['mon-am', 'thu-pm'],
        meeting_modes: ['video'],
        custom_team: null,
        custom_hours: null,
        custom_confidence: null,
      },
    });
    expect(submitButton().disabled).toBe(true);
    expect(textOf(view)).toContain('Sending your application…');

    request.flush(applicationDetail({ id: 'app-7' }));
    await stable();
    backend.expectOne('/api/recruiting').flush([]);
    await stable();

    const router = TestBed.inject(Router);
    expect(router.url).toBe('/applications/app-7');
    expect(
      history.state?.notice ?? router.lastSuccessfulNavigation()?.extras.state?.['notice'],
    ).toBe('submitted');
  });

  it("puts the server's 400 details on the questions they name", async () => {
    await open();
    await answerRequired();

    submitButton().click();
    await stable();
    flushApiError(backend.expectOne(APPLY_URL), {
      status: 400,
      code: 'validation_failed',
      message: 'Some answers are missing or invalid.',
      details: [
        {
          field: 'answers.meeting_modes',
          message: 'How would you like to meet?: choose among the options',
        },
      ],
    });
    await stable();

    expect(textOf(question('meeting_modes').querySelector('.error'))).toBe(
      'Choose among the options.',
    );
    expect(textOf(byTestId(view, 'error-summary'))).toContain(
      'How would you like to meet?: choose among the options',
    );
  });

  it('shows the reasons of a 403 not_eligible and keeps sending disabled', async () => {
    await open();
    await answerRequired();

    submitButton().click();
    await stable();
    flushApiError(backend.expectOne(APPLY_URL), {
      status: 403,
      code: 'not_eligible',
      message:
        'Your directory profile has no manager recorded; ask HR to add it (matching needs your reporting line).',
    });
    await stable();

    expect(textOf(byTestId(view, 'refusal'))).toContain(
      'Your directory profile has no manager recorded',
    );
    expect(submitButton().disabled).toBe(true);
  });

  it('shows why I am not eligible before I start, with sending disabled', async () => {
    await open(
      formView({
        eligibility: {
          eligible: false,
          reasons: [
            'This role needs seniority Senior (level 3) or above; your directory profile says Junior (level 2).',
          ],
        },
      }),
    );

    expect(textOf(byTestId(view, 'eligibility-reasons'))).toContain(
      'This role needs seniority Senior (level 3) or above',
    );
    expect(submitButton().disabled).toBe(true);
  });

  it('offers to open my application when I already applied in this role', async () => {
    await open(formView({ existingApplicationId: 'app-3' }));

    expect(byTestId(view, 'open-existing').getAttribute('href')).toBe('/applications/app-3');
    expect(allByTestId(view, 'submit-application')).toHaveLength(0);
  });

  it('moves between availability slots with the arrow keys, like a spreadsheet', async () => {
    await open();
    const grid = question('availability');
    const monday = checkbox(grid, 'Monday morning');
    monday.focus();

    const press = (key: string) =>
      (document.activeElement as HTMLElement).dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
      );
    press('ArrowRight');
    expect(document.activeElement).toBe(checkbox(grid, 'Monday lunchtime'));
    press('ArrowDown');
    expect(document.activeElement).toBe(checkbox(grid, 'Tuesday lunchtime'));
    press('ArrowLeft');
    press('ArrowUp');
    expect(document.activeElement).toBe(monday);
  });

  it('asks before leaving with answers not sent', async () => {
    await open();
    await typeGoal('Something');

    const page = harness.routeDebugElement?.componentInstance as ApplyPage;
    expect(page.hasUnsavedChanges()).toBe(true);
  });
});
