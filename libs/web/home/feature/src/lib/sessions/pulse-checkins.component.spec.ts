import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PulseView } from '@mentorbridge/shared-contracts';
import { allByTestId, byTestId, settle, textOf } from '@mentorbridge/web-shared-ui/testing';
import { PulseCheckinsComponent } from './pulse-checkins.component';

const PULSE: PulseView = {
  id: 'p1',
  matchId: 'm1',
  about: { partner: 'Ana Silva', programName: 'Growth Circles' },
  dueOn: '2027-05-01',
  satisfaction: null,
  answeredAt: null,
};

describe('PulseCheckinsComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PulseCheckinsComponent>;
  let view: HTMLElement;

  async function stable(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PulseCheckinsComponent);
    view = fixture.nativeElement as HTMLElement;
    await stable();
  });

  afterEach(() => backend.verify());

  it('asks how it goes, says only HR sees it, and disappears once answered', async () => {
    backend.expectOne('/api/me/pulses').flush([PULSE]);
    await stable();

    const card = byTestId(view, 'pulse-card');
    expect(textOf(card)).toContain('How is your mentoring with Ana Silva going?');
    expect(textOf(card)).toContain('only HR sees your answer, never Ana Silva');
    expect(byTestId(card, 'pulse-4').getAttribute('aria-label')).toBe('4 — Happy');

    byTestId(card, 'pulse-4').click();
    await stable();
    const answer = backend.expectOne({ method: 'POST', url: '/api/pulses/p1' });
    expect(answer.request.body).toEqual({ satisfaction: 4 });
    answer.flush({ ...PULSE, satisfaction: 4, answeredAt: '2027-05-01T10:00:00Z' });
    await stable();

    expect(allByTestId(view, 'pulse-card')).toHaveLength(0);
  });

  it('shows nothing when no check-in is open', async () => {
    backend.expectOne('/api/me/pulses').flush([]);
    await stable();
    expect(textOf(view)).toBe('');
  });
});
