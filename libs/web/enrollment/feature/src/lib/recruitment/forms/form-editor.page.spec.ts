import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FormDefinition, FormQuestion, ProgramDetail } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { programRecruitmentRoutes } from '../../enrollment.routes';
import {
  allByTestId,
  byTestId,
  descriptionOf,
  errorByLabel,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { HR_LEAD, MENTEE_FORM } from '../testing/fixtures';

const URL = '/programs/p1/recruitment/forms?role=mentee';

describe('FormEditorPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(form: FormDefinition = MENTEE_FORM): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(URL);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend
      .expectOne('/api/programs/p1')
      .flush({ id: 'p1', name: 'Growth Circles' } as ProgramDetail);
    backend.expectOne((r) => r.url === '/api/programs/p1/forms' && r.method === 'GET').flush(form);
    await stable();
    backend
      .expectOne((r) => r.url === '/api/programs/p1/forms/versions')
      .flush([form, { ...form, id: 'f-mentee-1', version: 1, createdBy: null }]);
    await stable();
  }

  function questionCard(key: string): HTMLElement {
    const card = view.querySelector<HTMLElement>(
      `[data-testid="editor-question"][data-key="${key}"]`,
    );
    if (!card) {
      throw new Error(`No question ${key}`);
    }
    return card;
  }

  function keys(): string[] {
    return allByTestId(view, 'editor-question').map((card) => card.getAttribute('data-key') ?? '');
  }

  function expectSave(): TestRequest {
    return backend.expectOne((r) => r.url === '/api/programs/p1/forms' && r.method === 'PUT');
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'programs/:programId/recruitment', children: programRecruitmentRoutes },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(HR_LEAD);
  });

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    await settle();
    backend.verify();
  });

  it('refuses to remove the mentee goal question or make it optional, and says why', async () => {
    await open();

    const goal = questionCard('goal');
    const remove = byTestId(goal, 'remove-question');
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    remove.click();
    await stable();
    expect(keys()).toContain('goal');
    expect(descriptionOf(remove)).toContain('Cannot be removed');
    expect(byTestId(goal, 'required-goal').querySelector('button')?.disabled).toBe(true);
    expect(textOf(goal)).toContain('Required and always on the form');
    // Other questions can go.
    expect(
      byTestId(questionCard('target_skills'), 'remove-question').getAttribute('aria-disabled'),
    ).not.toBe('true');
  });

  it('reorders, edits and adds questions, previews them live and saves them as the next version', async () => {
    await open();
    expect(textOf(byTestId(view, 'save-form'))).toBe('Save as version 3');

    // Move "preferred seniority" up, above the skills question.
    questionCard('preferred_seniority')
      .querySelector<HTMLButtonElement>('[aria-label="Move question 3 up"]')
      ?.click();
    await stable();
    expect(keys()).toEqual(['goal', 'preferred_seniority', 'target_skills', 'availability']);
    // The moved question's fields still edit that question.
    typeInto(
      questionCard('preferred_seniority').querySelector(
        'input[formcontrolname="label"]',
      ) as HTMLInputElement,
      'How senior should your mentor be, ideally?',
    );

    typeInto(
      questionCard('goal').querySelector('input[formcontrolname="label"]') as HTMLInputElement,
      'What do you want to reach this year?',
    );
    byTestId(view, 'add-question').click();
    await stable();
    (document.querySelector('[data-testid="add-short_text"]') as HTMLElement).click();
    await stable();
    typeInto(
      questionCard('custom_q5').querySelector('input[formcontrolname="label"]') as HTMLInputElement,
      'Who is your sponsor?',
    );
    await stable();

    const preview = allByTestId(view, 'preview-question').map((q) =>
      textOf(q.querySelector('.label')),
    );
    expect(preview).toEqual([
      'What do you want to reach this year? Required',
      'How senior should your mentor be, ideally? Required',
      'Skills you want to develop Required',
      'When could you usually meet? Required',
      'Who is your sponsor? Optional',
    ]);

    byTestId(view, 'save-form').click();
    await stable();
    const request = expectSave();
    expect(request.request.params.get('role')).toBe('mentee');
    const questions = request.request.body.questions as FormQuestion[];
    expect(questions.map((q) => q.key)).toEqual([
      'goal',
      'preferred_seniority',
      'target_skills',
      'availability',
      'custom_q5',
    ]);
    expect(questions[0]).toEqual({
      key: 'goal',
      type: 'long_text',
      label: 'What do you want to reach this year?',
      required: true,
      max: 2000,
    });
    expect(questions[1]?.label).toBe('How senior should your mentor be, ideally?');
    expect(questions[1]?.options).toEqual(MENTEE_FORM.questions[2]?.options);
    expect(questions[2]?.label).toBe('Skills you want to develop');
    expect(questions[4]).toEqual({
      key: 'custom_q5',
      type: 'short_text',
      label: 'Who is your sponsor?',
      required: false,
    });
    request.flush({ ...MENTEE_FORM, id: 'f3', version: 3, questions });
    await stable();

    expect(textOf(byTestId(view, 'save-form'))).toBe('Save as version 4');
    backend
      .expectOne((r) => r.url === '/api/programs/p1/forms/versions')
      .flush([{ ...MENTEE_FORM, version: 3 }]);
  });

  it('lists what is missing before saving instead of sending a broken form', async () => {
    await open();

    byTestId(view, 'add-question').click();
    await stable();
    (document.querySelector('[data-testid="add-single_choice"]') as HTMLElement).click();
    await stable();
    byTestId(view, 'save-form').click();
    await stable();

    backend.expectNone((r) => r.url === '/api/programs/p1/forms' && r.method === 'PUT');
    const problems = textOf(byTestId(view, 'form-problems'));
    expect(problems).toContain('Question 5: Enter question text.');
    expect(problems).toContain('Question 5: every option needs a label.');
  });

  it('shows the server’s refusals on the question they concern', async () => {
    await open();
    typeInto(
      questionCard('target_skills').querySelector(
        'input[formcontrolname="label"]',
      ) as HTMLInputElement,
      'Skills to grow',
    );
    await stable();

    byTestId(view, 'save-form').click();
    await stable();
    flushApiError(expectSave(), {
      status: 400,
      code: 'validation_failed',
      message: 'The form has problems.',
      details: [
        { field: 'questions.1.label', message: 'label must be 3 to 200 characters' },
        { field: 'questions', message: 'the mentee form must keep the required "goal" question' },
      ],
    });
    await stable();

    expect(errorByLabel(questionCard('target_skills'), 'Question text')).toBe(
      'Label must be 3 to 200 characters.',
    );
    expect(textOf(byTestId(view, 'form-problems'))).toContain(
      'The mentee form must keep the required "goal" question.',
    );
  });

  it('keeps the type of standard questions, which matching reads', async () => {
    await open();

    const select = questionCard('target_skills').querySelector('mat-select');
    expect(select?.getAttribute('aria-disabled')).toBe('true');
    expect(textOf(questionCard('target_skills'))).toContain(
      'Fixed: matching reads this answer as “Skills / tags”.',
    );
  });
});
