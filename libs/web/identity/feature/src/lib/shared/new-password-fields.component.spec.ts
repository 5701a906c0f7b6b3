import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ReactiveFormsModule } from '@angular/forms';
import {
  errorByLabel,
  fieldByLabel,
  inputByLabel,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { newPasswordForm } from './new-password';
import { NewPasswordFieldsComponent } from './new-password-fields.component';

@Component({
  imports: [ReactiveFormsModule, NewPasswordFieldsComponent],
  template: `
    <form [formGroup]="form" novalidate>
      <mb-new-password-fields [group]="form" [noun]="noun()" [extraHint]="extraHint()" />
    </form>
  `,
})
class HostComponent {
  readonly form = newPasswordForm();
  readonly noun = signal('password');
  readonly extraHint = signal('');
}

describe('NewPasswordFieldsComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let host: HTMLElement;

  const input = (label: string): HTMLInputElement => inputByLabel(host, label);
  const errorOf = (label: string): string | null => errorByLabel(host, label);

  async function type(label: string, value: string): Promise<void> {
    typeInto(input(label), value);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('asks for a new password twice, with the length hint and the browser hints', async () => {
    fixture.componentInstance.extraHint.set('A short sentence works well.');
    await fixture.whenStable();

    expect(input('New password').type).toBe('password');
    expect(input('New password').getAttribute('autocomplete')).toBe('new-password');
    expect(input('New password').required).toBe(true);
    expect(input('Confirm password').type).toBe('password');
    expect(input('Confirm password').getAttribute('autocomplete')).toBe('new-password');
    expect(textOf(fieldByLabel(host, 'New password'))).toContain(
      'At least 10 characters. A short sentence works well.',
    );
  });

  it("says the passwords don't match, and clears that once they do", async () => {
    await type('New password', 'correct horse battery');
    await type('Confirm password', 'correct horse batterx');

    expect(errorOf('Confirm password')).toBe("The passwords don't match.");
    expect(fixture.componentInstance.form.invalid).toBe(true);

    await type('Confirm password', 'correct horse battery');

    expect(errorOf('Confirm password')).toBeNull();
    expect(fixture.componentInstance.form.valid).toBe(true);
  });

  it('updates the mismatch when the first password changes', async () => {
    await type('New password', 'correct horse battery');
    await type('Confirm password', 'correct horse battery');
    expect(errorOf('Confirm password')).toBeNull();

    await type('New password', 'correct horse battery staple');
    expect(errorOf('Confirm password')).toBe("The passwords don't match.");

    await type('New password', 'correct horse battery');
    expect(errorOf('Confirm password')).toBeNull();
  });

  it('says what is missing or too short, in the words of the page', async () => {
    fixture.componentInstance.noun.set('new password');
    fixture.componentInstance.form.markAllAsTouched();
    await fixture.whenStable();

    expect(errorOf('New password')).toBe('Enter new password.');
    expect(errorOf('Confirm new password')).toBe('Type the new password again.');

    await type('New password', 'short');
    expect(errorOf('New password')).toBe('New password must be at least 10 characters.');
  });
});
