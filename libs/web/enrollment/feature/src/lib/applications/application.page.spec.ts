import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApplicationDetail } from '@mentorbridge/shared-contracts';
import { byTestId, flushApiError, settle, textOf } from '@mentorbridge/web-shared-ui/testing';
import { applicationDetail } from '../apply/testing/fixtures';
import { ApplicationPage } from './application.page';

const URL = '/api/applications/app-1';

describe('ApplicationPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
  }

  async function open(loaded: ApplicationDetail, state?: Record<string, unknown>): Promise<void> {
    harness = await RouterTestingHarness.create();
    if (state) {
      await TestBed.inject(Router).navigateByUrl('/applications/app-1', { state });
      harness.detectChanges();
    } else {
      await harness.navigateByUrl('/applications/app-1', ApplicationPage);
    }
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne(URL).flush(loaded);
    await stable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'applications/:applicationId', component: ApplicationPage }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('says where the application stands, what happens next, and shows my answers', async () => {
    await open(applicationDetail(), { notice: 'submitted' });

    expect(textOf(view.querySelector('h1'))).toBe('Growth Circles');
    expect(textOf(byTestId(view, 'notice'))).toContain('Your application is sent');
    expect(textOf(byTestId(view, 'application-status'))).toBe('To screen');
    expect(textOf(byTestId(view, 'next-step'))).toContain(
      'You can still change your answers until they decide.',
    );
    expect(byTestId(view, 'edit-application').getAttribute('href')).toBe(
      '/applications/app-1/edit',
    );
    expect(textOf(byTestId(view, 'answer-preferred_seniority'))).toBe('One level above me');
    expect(view.querySelector('[data-testid="goal-flag"]')).toBeNull();
  });

  it("shows HR's decision message and that matching comes next once approved", async () => {
    await open(
      applicationDetail({
        status: 'approved',
        decidedAt: '2027-02-20T10:00:00Z',
        decisionMessage: 'Welcome aboard! Kick-off is on 1 March.',
        decidedBy: { id: 'hr', displayName: 'Hana Reyes', email: 'hana@example.org' },
        canEdit: false,
      }),
    );

    expect(textOf(byTestId(view, 'application-status'))).toBe('Approved');
    expect(textOf(byTestId(view, 'next-step'))).toContain('We will tell you when matching is done');
    expect(textOf(byTestId(view, 'decision-message'))).toContain(
      'Welcome aboard! Kick-off is on 1 March.',
    );
    expect(textOf(byTestId(view, 'decision-message'))).toContain('Hana Reyes');
    expect(view.querySelector('[data-testid="edit-application"]')).toBeNull();
  });

  it('explains a not-accepted application with the message HR wrote', async () => {
    await open(
      applicationDetail({
        status: 'rejected',
        decisionMessage: 'This cohort is for people managers; we will invite you to the next one.',
        canEdit: false,
        canWithdraw: false,
      }),
    );

    expect(textOf(byTestId(view, 'application-status'))).toBe('Not accepted');
    expect(textOf(byTestId(view, 'decision-message'))).toContain('for people managers');
    expect(view.querySelector('[data-testid="withdraw-application"]')).toBeNull();
  });

  it('says kindly that HR may want to talk about a flagged goal', async () => {
    await open(applicationDetail({ goalFlag: 'generic' }));

    const note = textOf(byTestId(view, 'goal-flag'));
    expect(note).toContain('HR may want to talk about your goal');
    expect(note).toContain('Your goal reads a bit general.');
    expect(note).toContain('That is not a rejection');
  });

  it('withdraws only after a confirmation that explains the place is freed', async () => {
    await open(applicationDetail({ status: 'approved', canEdit: false }));

    byTestId(view, 'withdraw-application').click();
    await stable();
    const dialog = document.querySelector('mb-withdraw-dialog') as HTMLElement;
    expect(textOf(dialog)).toContain('Your place is freed for someone else.');
    backend.expectNone(`${URL}/withdraw`);

    byTestId(document, 'confirm-withdraw').click();
    await stable(200);
    const request = backend.expectOne(`${URL}/withdraw`);
    expect(request.request.method).toBe('POST');
    request.flush(
      applicationDetail({
        status: 'withdrawn',
        withdrawnAt: '2027-02-21T10:00:00Z',
        canEdit: false,
        canWithdraw: false,
      }),
    );
    await stable();
    backend.expectOne('/api/recruiting').flush([]);
    await stable();

    expect(textOf(byTestId(view, 'application-status'))).toBe('Withdrawn');
    expect(view.querySelector('[data-testid="withdraw-application"]')).toBeNull();
    expect(textOf(view)).toContain('Withdrawn on');
  });

  it('keeps the application as it is when I change my mind in the dialog', async () => {
    await open(applicationDetail());

    byTestId(view, 'withdraw-application').click();
    await stable();
    (
      Array.from(document.querySelectorAll<HTMLButtonElement>('mb-withdraw-dialog button')).find(
        (button) => textOf(button) === 'Keep my application',
      ) as HTMLButtonElement
    ).click();
    await stable(200);

    backend.expectNone(`${URL}/withdraw`);
    expect(textOf(byTestId(view, 'application-status'))).toBe('To screen');
  });

  it('says so when the application can no longer be withdrawn (409)', async () => {
    await open(applicationDetail());

    byTestId(view, 'withdraw-application').click();
    await stable();
    byTestId(document, 'confirm-withdraw').click();
    await stable(200);
    flushApiError(backend.expectOne(`${URL}/withdraw`), {
      status: 409,
      code: 'conflict',
      message: 'This application can no longer be withdrawn.',
    });
    await stable();
    backend.expectOne(URL).flush(applicationDetail({ canWithdraw: false }));
    await stable();

    expect(textOf(view)).toContain('This application can no longer be withdrawn.');
    expect(view.querySelector('[data-testid="withdraw-application"]')).toBeNull();
  });

  it('says the application is not mine or gone on a 404', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/applications/app-1', ApplicationPage);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    flushApiError(backend.expectOne(URL), {
      status: 404,
      code: 'not_found',
      message: 'application not found',
    });
    await stable();

    expect(textOf(view)).toContain("This application isn't yours or no longer exists");
  });
});
