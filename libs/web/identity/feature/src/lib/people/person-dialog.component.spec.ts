import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import {
  buttonByText,
  byTestId,
  errorByLabel,
  flushApiError,
  inputByLabel,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { ANA, HR_LEAD, PROGRAM_LEAD, userDetail } from '../testing/people';
import { PersonDialogComponent, PersonDialogData } from './person-dialog.component';

const PERSON = userDetail({ manager: ANA });

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

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

  describe('personal data', () => {
    let saved: { name: string; blob: Blob }[];
    let createObjectURL: typeof URL.createObjectURL;
    let revokeObjectURL: typeof URL.revokeObjectURL;

    beforeEach(() => {
      saved = [];
      createObjectURL = URL.createObjectURL;
      revokeObjectURL = URL.revokeObjectURL;
      let pending: Blob | null = null;
      URL.createObjectURL = jest.fn((blob: Blob) => {
        pending = blob;
        return 'blob:export';
      });
      URL.revokeObjectURL = jest.fn();
      jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        if (pending) saved.push({ name: this.download, blob: pending });
      });
    });

    afterEach(() => {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      jest.restoreAllMocks();
    });

    function section(): HTMLElement | null {
      return dialog.querySelector('mb-personal-data-section');
    }

    it('saves the data export as a JSON file named after the person', async () => {
      byTestId(dialog, 'download-export').click();
      await stable();
      expect(textOf(byTestId(dialog, 'download-export'))).toBe('Preparing export…');
      expect(section()?.querySelector('mat-progress-bar')).not.toBeNull();

      const exported = { exportedAt: '2026-11-20T10:00:00Z', person: { id: 'u7' }, notes: [] };
      backend.expectOne({ method: 'GET', url: '/api/people/u7/export' }).flush(exported);
      await stable();

      expect(saved.map((file) => file.name)).toEqual(['mentorbridge-export-lena-ortiz.json']);
      expect(JSON.parse(await readText(saved[0].blob))).toEqual(exported);
      expect(textOf(section() as HTMLElement)).toContain(
        'Saved as mentorbridge-export-lena-ortiz.json',
      );
      expect(textOf(byTestId(dialog, 'download-export'))).toBe('Download data export');
    });

    it('says why the export could not be made', async () => {
      byTestId(dialog, 'download-export').click();
      await stable();
      flushApiError(backend.expectOne('/api/people/u7/export'), {
        status: 404,
        code: 'not_found',
        message: 'person not found',
      });
      await stable();

      expect(saved).toEqual([]);
      expect(textOf(byTestId(dialog, 'export-error'))).toBe(
        "We couldn't prepare the data export. person not found",
      );
    });

    it('shows the person anonymised and refreshes the list after an erasure', async () => {
      byTestId(dialog, 'erase-person').click();
      await stable();
      const erase = document.querySelector('mb-erase-person-dialog') as HTMLElement;
      typeInto(byTestId<HTMLInputElement>(erase, 'erase-confirm-email'), 'lena@example.org');
      await stable();
      byTestId(erase, 'erase-submit').click();
      await stable();
      backend
        .expectOne('/api/people/u7/erase')
        .flush({ erasedUserId: 'u7', pairKeysDestroyed: 1, rowsAnonymised: 9 });
      await stable();
      buttonByText(erase, 'Done').click();
      await stable();
      await settle(200); // the erase dialog's closing animation
      await stable();

      backend.expectOne('/api/users/u7').flush(
        userDetail({
          displayName: 'Erased person',
          email: 'erased-u7@erased.invalid',
          status: 'deactivated',
          department: null,
          title: null,
          location: null,
          roles: [],
          grants: [],
        }),
      );
      await stable();

      expect(changes).toBe(1);
      expect(textOf(dialog.querySelector('.title') as Element)).toBe('Erased person');
      expect(textOf(section() as HTMLElement)).toContain('personal data has been erased');
      expect(dialog.querySelector('[data-testid="erase-person"]')).toBeNull();
    });

    it('is not offered to an HR lead of one program, nor on their own record', async () => {
      expect(section()).not.toBeNull();
      TestBed.inject(AuthStore).setUser({ ...HR_LEAD, id: PERSON.id });
      await stable();
      expect(byTestId<HTMLButtonElement>(dialog, 'erase-person').disabled).toBe(true);

      TestBed.inject(AuthStore).setUser(PROGRAM_LEAD);
      await stable();
      expect(section()).toBeNull();
    });
  });

  it('does not send a record without a name', async () => {
    typeInto(inputByLabel(dialog, 'Name'), '');
    await save();

    backend.expectNone('/api/users/u7');
    expect(errorByLabel(dialog, 'Name')).toBe('Enter name.');
  });
});
