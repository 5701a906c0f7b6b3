import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { ErasePersonResult } from '@mentorbridge/shared-contracts';
import { firstValueFrom } from 'rxjs';
import {
  buttonByText,
  byTestId,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import {
  confirmEmailMatches,
  ErasePersonDialogComponent,
  ErasePersonDialogData,
} from './erase-person-dialog.component';

describe('ErasePersonDialogComponent', () => {
  let backend: HttpTestingController;
  let dialog: HTMLElement;
  let closed: Promise<ErasePersonResult | undefined>;

  async function stable(): Promise<void> {
    await settle();
    TestBed.tick();
    await settle();
  }

  const submit = () => byTestId<HTMLButtonElement>(dialog, 'erase-submit');

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const ref = TestBed.inject(MatDialog).open<
      ErasePersonDialogComponent,
      ErasePersonDialogData,
      ErasePersonResult | undefined
    >(ErasePersonDialogComponent, {
      data: { person: { id: 'u7', displayName: 'Lena Ortiz', email: 'Lena@example.org' } },
    });
    closed = firstValueFrom(ref.afterClosed());
    await stable();
    dialog = document.querySelector('mb-erase-person-dialog') as HTMLElement;
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  it('says what erasure does and that it cannot be undone', () => {
    const text = textOf(dialog);
    expect(text).toContain('Erase Lena Ortiz?');
    expect(text).toContain('Directory anonymised.');
    expect(text).toContain('Sign-in removed.');
    expect(text).toContain('Their pairs’ notes become unreadable.');
    expect(text).toContain('Aggregates are kept.');
    expect(text).toContain('This cannot be undone.');
    expect(text).toContain('To confirm, type their e-mail address: Lena@example.org');
  });

  it('keeps "Erase permanently" disabled until the e-mail address is typed exactly', async () => {
    const email = byTestId<HTMLInputElement>(dialog, 'erase-confirm-email');
    expect(submit().disabled).toBe(true);

    typeInto(email, 'lena@example.or');
    await stable();
    expect(submit().disabled).toBe(true);

    typeInto(email, 'ana@example.org');
    await stable();
    expect(submit().disabled).toBe(true);

    // Letter case and spaces around do not matter, as on the server.
    typeInto(email, '  LENA@EXAMPLE.ORG ');
    await stable();
    expect(submit().disabled).toBe(false);

    submit().click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: '/api/people/u7/erase' });
    expect(request.request.body).toEqual({ confirmEmail: 'LENA@EXAMPLE.ORG' });
    request.flush({ erasedUserId: 'u7', pairKeysDestroyed: 0, rowsAnonymised: 3 });
    await stable();
  });

  it("shows the server's message when the erasure is refused, and allows another try", async () => {
    typeInto(byTestId<HTMLInputElement>(dialog, 'erase-confirm-email'), 'lena@example.org');
    await stable();
    submit().click();
    await stable();

    flushApiError(backend.expectOne('/api/people/u7/erase'), {
      status: 409,
      code: 'conflict',
      message: 'This person has already been erased.',
    });
    await stable();

    expect(textOf(byTestId(dialog, 'erase-error'))).toBe('This person has already been erased.');
    expect(textOf(dialog)).not.toContain('Erasure complete');
    expect(submit().disabled).toBe(false);
  });

  it('confirms the erasure with the counts and reports it back on "Done"', async () => {
    typeInto(byTestId<HTMLInputElement>(dialog, 'erase-confirm-email'), 'lena@example.org');
    await stable();
    submit().click();
    await stable();

    const result: ErasePersonResult = {
      erasedUserId: 'u7',
      pairKeysDestroyed: 2,
      rowsAnonymised: 17,
    };
    backend.expectOne('/api/people/u7/erase').flush(result);
    await stable();

    expect(textOf(dialog)).toContain('Lena Ortiz is erased');
    const counts = textOf(byTestId(dialog, 'erase-result'));
    expect(counts).toContain('Notes of 2 mentoring pairs made unreadable.');
    expect(counts).toContain('17 records anonymised.');

    buttonByText(dialog, 'Done').click();
    await expect(closed).resolves.toEqual(result);
  });
});

describe('confirmEmailMatches', () => {
  it('compares the typed address as the API does: trimmed, any letter case', () => {
    expect(confirmEmailMatches(' Lena@Example.org ', 'lena@example.org')).toBe(true);
    expect(confirmEmailMatches('lena@example.org.', 'lena@example.org')).toBe(false);
    expect(confirmEmailMatches('', 'lena@example.org')).toBe(false);
  });
});
