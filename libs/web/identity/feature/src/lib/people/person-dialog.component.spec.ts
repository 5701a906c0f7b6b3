import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { buttonByText, errorByLabel, inputByLabel, settle, textOf, typeInto } from '../testing/dom';
import { flushApiError } from '../testing/http';
import { ANA, HR_LEAD, userDetail } from '../testing/people';
import { PersonDialogComponent, PersonDialogData } from './person-dialog.component';

const PERSON = userDetail({ manager: ANA });

describe('PersonDialogComponent', () => {
  let backend: HttpTestingController;
  let dialog: HTMLElement;
  let changes: number;

  async function stable(): Promise<void> {
    await settle();
    TestBed.tick();
    await settle();
  }

  async function save(): Promise<void> {
    await stable();
    buttonByText(dialog, 'Save directory').click();
    await stable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(HR_LEAD);
    changes = 0;
    TestBed.inject(MatDialog).open<PersonDialogComponent, PersonDialogData>(PersonDialogComponent, {
      data: {
        id: PERSON.id,
        facets: { departments: ['Engineering', 'Sales'], locations: ['Lisbon'] },
        onChanged: () => changes++,
      },
    });
    await stable();
    backend.expectOne('/api/users/u7').flush(PERSON);
    await stable();
    dialog = document.querySelector('mb-person-dialog') as HTMLElement;
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  it("shows the person's directory record in the usual fields", () => {
    const labels = [...dialog.querySelectorAll('form.form-grid mat-label')].map((label) =>
      textOf(label),
    );
    expect(labels.join(', ')).toBe(
      'Name, Department, Job title, Manager, Location, Seniority, Languages, Time zone',
    );
    expect(inputByLabel(dialog, 'Name').value).toBe('Lena Ortiz');
    expect(inputByLabel(dialog, 'Department').value).toBe('Engineering');
    expect(inputByLabel(dialog, 'Manager').value).toBe('Ana Silva');
  });

  it('saves the record as the API takes it', async () => {
    typeInto(inputByLabel(dialog, 'Job title'), '  ');
    typeInto(inputByLabel(dialog, 'Location'), ' Porto ');
    await save();

    const request = backend.expectOne('/api/users/u7');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      displayName: 'Lena Ortiz',
      department: 'Engineering',
      title: null,
      managerId: 'u1',
      location: 'Porto',
      seniorityLevel: 3,
      languages: ['English'],
      timeZone: 'Europe/Lisbon',
    });
    request.flush({ ...PERSON, title: null, location: 'Porto' });
    await stable();
    expect(changes).toBe(1);
  });

  it("puts the server's field errors next to the fields (managerId → Manager)", async () => {
    typeInto(inputByLabel(dialog, 'Location'), 'Porto');
    await save();

    flushApiError(backend.expectOne('/api/users/u7'), {
      status: 400,
      code: 'validation_failed',
      message: 'Check the highlighted fields.',
      details: [{ field: 'managerId', message: 'would create a reporting loop' }],
    });
    await stable();

    expect(errorByLabel(dialog, 'Manager')).toBe('Manager would create a reporting loop.');
    expect(textOf(dialog)).toContain('Check the highlighted fields.');
  });

  it('does not send a record without a name', async () => {
    typeInto(inputByLabel(dialog, 'Name'), '');
    await save();

    backend.expectNone('/api/users/u7');
    expect(errorByLabel(dialog, 'Name')).toBe('Enter name.');
  });
});
