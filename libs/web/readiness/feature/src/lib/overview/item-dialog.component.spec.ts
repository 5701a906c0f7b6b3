import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { ReadinessItem } from '@mentorbridge/shared-contracts';
import {
  buttonByText,
  errorByLabel,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { PROGRAM_ID } from '../testing/fixtures';
import { ItemDialogComponent, ItemDialogData } from './item-dialog.component';

const OWN_ITEM: ReadinessItem = {
  id: 'i7',
  dimension: 'financial',
  text: 'Regional directors fund travel for pairs.',
  helpText: '',
  recommendation: 'Agree a travel budget.',
  builtIn: false,
  active: true,
};

describe('ItemDialogComponent', () => {
  let backend: HttpTestingController;
  let dialog: HTMLElement;
  let closedWith: ReadinessItem | undefined;

  async function stable(): Promise<void> {
    await settle();
    TestBed.tick();
    await settle();
  }

  function textarea(label: string): HTMLTextAreaElement {
    const field = [...dialog.querySelectorAll('mat-form-field')].find(
      (element) => textOf(element.querySelector('mat-label') as Element) === label,
    );
    return field?.querySelector('textarea') as HTMLTextAreaElement;
  }

  async function open(item: ReadinessItem | null): Promise<void> {
    const ref = TestBed.inject(MatDialog).open<ItemDialogComponent, ItemDialogData, ReadinessItem>(
      ItemDialogComponent,
      { data: { programId: PROGRAM_ID, item } },
    );
    ref.afterClosed().subscribe((value) => (closedWith = value));
    await stable();
    dialog = document.querySelector('mb-item-dialog') as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    closedWith = undefined;
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  it('says in plain words what is missing before anything is sent', async () => {
    await open(null);
    typeInto(textarea('Statement'), 'Too short');
    buttonByText(dialog.parentElement as HTMLElement, 'Add item').click();
    await stable();

    backend.expectNone(`/api/programs/${PROGRAM_ID}/readiness/items`);
    expect(errorByLabel(dialog, 'Dimension')).toBe('Choose the dimension this item belongs to.');
    expect(errorByLabel(dialog, 'Statement')).toBe('Statement must be at least 10 characters.');
    expect(errorByLabel(dialog, 'Recommendation')).toBe(
      'Say what to do when this item scores low.',
    );
  });

  it("edits the program's own item and shows the server's field message", async () => {
    await open(OWN_ITEM);
    typeInto(textarea('Recommendation'), 'Agree a travel budget with the regional directors.');
    buttonByText(dialog.parentElement as HTMLElement, 'Save item').click();
    await stable();

    const first = backend.expectOne('/api/readiness/items/i7');
    expect(first.request.method).toBe('PATCH');
    expect(first.request.body).toEqual({
      dimension: 'financial',
      text: 'Regional directors fund travel for pairs.',
      helpText: '',
      recommendation: 'Agree a travel budget with the regional directors.',
    });
    flushApiError(first, {
      status: 400,
      code: 'validation_failed',
      message: 'Check the fields.',
      details: [{ field: 'text', message: 'text must be a statement of 10 to 300 characters' }],
    });
    await stable();
    expect(errorByLabel(dialog, 'Statement')).toBe(
      'Statement must be a statement of 10 to 300 characters.',
    );

    typeInto(textarea('Statement'), 'Regional directors fund travel for mentoring pairs.');
    buttonByText(dialog.parentElement as HTMLElement, 'Save item').click();
    await stable();
    backend.expectOne('/api/readiness/items/i7').flush({ ...OWN_ITEM, text: 'saved' });
    await settle(200);
    expect(closedWith?.text).toBe('saved');
  });
});
