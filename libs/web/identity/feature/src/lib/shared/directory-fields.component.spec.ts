import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ReactiveFormsModule } from '@angular/forms';
import { DirectoryFacets } from '@mentorbridge/shared-contracts';
import { errorByLabel, fieldByLabel, textOf } from '@mentorbridge/web-shared-ui/testing';
import { DIRECTORY_FIELDS, DirectoryField, directoryFieldsForm } from './directory-fields';
import { DirectoryFieldsComponent } from './directory-fields.component';

@Component({
  imports: [ReactiveFormsModule, DirectoryFieldsComponent],
  template: `
    <form [formGroup]="form" novalidate>
      <mb-directory-fields
        [controls]="form.controls"
        [facets]="facets()"
        [timeZoneHint]="timeZoneHint()"
      />
    </form>
  `,
})
class HostComponent {
  form = directoryFieldsForm(DIRECTORY_FIELDS);
  readonly facets = signal<DirectoryFacets | null>(null);
  readonly timeZoneHint = signal('');
}

describe('DirectoryFieldsComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let host: HTMLElement;

  function labels(): string[] {
    return [...host.querySelectorAll('mat-label')].map((label) => textOf(label));
  }

  const field = (label: string): HTMLElement => fieldByLabel(host, label);

  async function open(fields: readonly DirectoryField[]): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.form = directoryFieldsForm(fields);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  it('shows the fields it is given, in order, and leaves the name to the page', async () => {
    await open(DIRECTORY_FIELDS);

    expect(labels().join(', ')).toBe(
      'Department, Job title, Manager, Location, Seniority, Languages, Time zone',
    );
  });

  it('leaves out the fields it is not given; an unpaired field takes the whole row', async () => {
    await open(['displayName', 'department', 'title', 'manager', 'seniorityLevel']);

    expect(labels().join(', ')).toBe('Department, Job title, Manager, Seniority');
    expect(field('Seniority').classList).toContain('full');
    expect(field('Department').closest('mb-text-field')?.classList).not.toContain('full');
  });

  it('suggests departments and locations in use, when it has them', async () => {
    await open(['department', 'location']);
    const department = field('Department').querySelector('input') as HTMLInputElement;
    expect(department.getAttribute('role')).toBeNull();

    fixture.componentInstance.facets.set({ departments: ['Sales'], locations: ['Lisbon'] });
    await fixture.whenStable();

    expect(department.getAttribute('role')).toBe('combobox');
    expect(department.getAttribute('autocomplete')).toBe('off');
  });

  it('shows the time zone hint and the errors of the selects', async () => {
    await open(['seniorityLevel', 'timeZone']);
    fixture.componentInstance.timeZoneHint.set('Session times are shown in this time zone.');
    await fixture.whenStable();
    expect(textOf(field('Time zone'))).toContain('Session times are shown in this time zone.');

    const { seniorityLevel } = fixture.componentInstance.form.controls;
    seniorityLevel.setErrors({ server: 'Seniority must be between 1 and 6.' });
    seniorityLevel.markAsTouched();
    await fixture.whenStable();

    expect(errorByLabel(host, 'Seniority')).toBe('Seniority must be between 1 and 6.');
  });
});
