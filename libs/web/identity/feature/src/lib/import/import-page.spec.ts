import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { UserImportReport } from '@mentorbridge/shared-contracts';
import { byTestId, settle, textOf, typeInto } from '@mentorbridge/web-shared-ui/testing';
import { ImportPage } from './import-page';

const CSV = [
  'email,name,department',
  'ana@example.org,Ana Silva,Finance',
  'not-an-email,Bo Chen,Sales',
  'carl@example.org,,Sales',
].join('\n');

const PREVIEW: UserImportReport = {
  dryRun: true,
  fileErrors: [],
  summary: { create: 1, update: 0, unchanged: 0, error: 2 },
  rows: [
    { line: 2, email: 'ana@example.org', name: 'Ana Silva', action: 'create', errors: [] },
    {
      line: 3,
      email: 'not-an-email',
      name: 'Bo Chen',
      action: 'error',
      errors: [{ field: 'email', message: 'is not a valid email address' }],
    },
    {
      line: 4,
      email: 'carl@example.org',
      name: null,
      action: 'error',
      errors: [
        { field: 'name', message: 'is required' },
        {
          field: 'manager_email',
          message: 'boss@example.org is neither in the directory nor in this file',
        },
      ],
    },
  ],
};

describe('ImportPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/users/import', component: ImportPage }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/users/import', ImportPage);
    page = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => backend.verify());

  it('previews the pasted CSV and shows every row error next to its line', async () => {
    typeInto(byTestId<HTMLTextAreaElement>(page, 'import-csv'), CSV);
    await stable();
    byTestId<HTMLButtonElement>(page, 'import-preview').click();
    await stable();

    const request = backend.expectOne('/api/users/import/preview');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ csv: CSV, roles: ['mentee'] });
    request.flush(PREVIEW);
    await stable();

    const report = byTestId(page, 'import-report');
    const rows = [...report.querySelectorAll('tr.mat-mdc-row')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => textOf(cell)),
    );
    expect(rows).toEqual([
      ['2', 'Ana Silvaana@example.org', 'Create', 'None'],
      ['3', 'Bo Chennot-an-email', 'Error', 'Email is not a valid email address.'],
      [
        '4',
        '(no name)carl@example.org',
        'Error',
        'Name is required.Manager email boss@example.org is neither in the directory nor in this file.',
      ],
    ]);
    expect(textOf(report)).toContain('With errors 2');
    expect(textOf(byTestId(page, 'import-run'))).toBe('Import 1 valid row');
  });

  it('imports the valid rows and keeps showing the rows that still have errors', async () => {
    typeInto(byTestId<HTMLTextAreaElement>(page, 'import-csv'), CSV);
    await stable();
    byTestId<HTMLButtonElement>(page, 'import-preview').click();
    await stable();
    backend.expectOne('/api/users/import/preview').flush(PREVIEW);
    await stable();

    byTestId<HTMLButtonElement>(page, 'import-run').click();
    await stable();
    const request = backend.expectOne('/api/users/import');
    expect(request.request.body).toEqual({ csv: CSV, roles: ['mentee'] });
    request.flush({ ...PREVIEW, dryRun: false });
    await stable();

    const report = byTestId(page, 'import-report');
    expect(textOf(report)).toContain('Import finished');
    expect(textOf(report)).toContain('1 created, 0 updated. 2 rows were not imported');
    expect(textOf(report)).toContain('Email is not a valid email address.');
    expect(page.querySelector('[data-testid="import-run"]')).toBeNull();
  });

  it('shows file-level errors in a banner instead of a table', async () => {
    typeInto(byTestId<HTMLTextAreaElement>(page, 'import-csv'), 'mail;nom\nx;y');
    await stable();
    byTestId<HTMLButtonElement>(page, 'import-preview').click();
    await stable();
    backend.expectOne('/api/users/import/preview').flush({
      dryRun: true,
      rows: [],
      summary: { create: 0, update: 0, unchanged: 0, error: 0 },
      fileErrors: ['The header must contain the columns email and name.'],
    } satisfies UserImportReport);
    await stable();

    const banner = byTestId(page, 'import-file-errors');
    expect(banner.getAttribute('role')).toBe('alert');
    expect(textOf(banner)).toContain('The header must contain the columns email and name.');
    expect(page.querySelector('[data-testid="import-run"]')).toBeNull();
  });
});
