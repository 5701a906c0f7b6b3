import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { PairNotesComponent } from './pair-notes.component';
import { allByTestId, byTestId, note, settle, textOf, typeInto } from './testing/pair-fixtures';

describe('PairNotesComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PairNotesComponent>;
  let view: HTMLElement;

  async function stable(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PairNotesComponent);
    fixture.componentRef.setInput('matchId', 'm1');
    fixture.componentRef.setInput('partner', 'Mia Tanaka');
    view = fixture.nativeElement as HTMLElement;
    await stable();
  });

  afterEach(() => backend.verify());

  function toggle(label: string): HTMLButtonElement {
    const button = [
      ...byTestId(view, 'note-visibility').querySelectorAll<HTMLButtonElement>('button'),
    ].find((b) => textOf(b).includes(label));
    if (!button) {
      throw new Error(`No toggle ${label}`);
    }
    return button;
  }

  function selected(button: HTMLButtonElement): string | null {
    return button.getAttribute('aria-pressed') ?? button.getAttribute('aria-checked');
  }

  it('shows my notes and my partner’s shared ones, saying who wrote them', async () => {
    backend.expectOne('/api/matches/m1/notes').flush([
      note(),
      note({
        id: 'n2',
        author: 'mentee',
        mine: false,
        visibility: 'shared',
        text: 'Thanks for the tips',
        createdAt: '2026-10-02T09:00:00Z',
      }),
    ]);
    await stable();

    const items = allByTestId(view, 'note-item');
    expect(items.map((item) => textOf(item.querySelector('.author')))).toEqual([
      'Mia Tanaka',
      'You',
    ]);
    expect(textOf(items[0] ?? null)).toContain('Shared');
    expect(textOf(items[0] ?? null)).not.toContain('Edit');
    expect(textOf(items[1] ?? null)).toContain('Private');
    expect(textOf(items[1] ?? null)).toContain('Edit');
  });

  it('writes a private note unless I choose to share it, and says who can read it', async () => {
    backend.expectOne('/api/matches/m1/notes').flush([]);
    await stable();
    expect(textOf(view)).toContain('No notes yet');
    expect(selected(toggle('Only me'))).toBe('true');
    expect(textOf(byTestId(view, 'note-readers'))).toBe(
      'Only you can read this note. HR never sees notes.',
    );

    typeInto(byTestId<HTMLTextAreaElement>(view, 'note-text'), 'Talked about delegation');
    byTestId(view, 'save-note').click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: '/api/matches/m1/notes' });
    expect(request.request.body).toEqual({
      text: 'Talked about delegation',
      visibility: 'private',
    });
    request.flush(note({ id: 'n3', text: 'Talked about delegation' }));
    await stable();
    expect(allByTestId(view, 'note-item')).toHaveLength(1);
    expect(byTestId<HTMLTextAreaElement>(view, 'note-text').value).toBe('');

    toggle('Shared').click();
    await stable();
    expect(textOf(byTestId(view, 'note-readers'))).toBe(
      'Only you and Mia Tanaka can read this note. HR never sees notes.',
    );
    typeInto(byTestId<HTMLTextAreaElement>(view, 'note-text'), 'Next: the budget');
    byTestId(view, 'save-note').click();
    await stable();
    const shared = backend.expectOne({ method: 'POST', url: '/api/matches/m1/notes' });
    expect(shared.request.body).toEqual({ text: 'Next: the budget', visibility: 'shared' });
    shared.flush(note({ id: 'n4', visibility: 'shared', text: 'Next: the budget' }));
    await stable();
    // Back to private for the next one.
    expect(selected(toggle('Only me'))).toBe('true');
  });
});
