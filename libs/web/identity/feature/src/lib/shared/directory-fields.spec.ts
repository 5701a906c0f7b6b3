import { ANA, userDetail } from '../testing/people';
import {
  DIRECTORY_FIELDS,
  directoryControls,
  directoryFieldsForm,
  directoryRequest,
  directoryValues,
} from './directory-fields';

const PERSON = userDetail({ department: null, manager: ANA, languages: ['English', 'Portuguese'] });

describe('directory fields', () => {
  it('builds a form of just the fields asked for, with the API limits', () => {
    const form = directoryFieldsForm(['displayName', 'location']);

    expect(Object.keys(form.controls)).toEqual(['displayName', 'location']);
    expect(form.controls.displayName.hasError('required')).toBe(true);
    form.controls.location.setValue('x'.repeat(121));
    expect(form.controls.location.hasError('maxlength')).toBe(true);
  });

  it('gives every form its own controls', () => {
    const first = directoryControls(['title']);
    const second = directoryControls(['title']);

    expect(first.title).not.toBe(second.title);
  });

  it('only accepts a manager picked from the suggestions', () => {
    const { manager } = directoryControls(['manager']);

    manager.setValue('Ana');
    expect(manager.valid).toBe(false);
    manager.setValue(PERSON.manager);
    expect(manager.valid).toBe(true);
  });

  it("fills a form from a person's record, whichever fields it has", () => {
    const form = directoryFieldsForm(['displayName', 'department', 'manager', 'languages']);

    form.reset(directoryValues(PERSON));

    expect(form.getRawValue()).toEqual({
      displayName: 'Lena Ortiz',
      department: '',
      manager: PERSON.manager,
      languages: ['English', 'Portuguese'],
    });
  });

  it('sends trimmed text, blanks as null and the manager as an id', () => {
    const form = directoryFieldsForm(DIRECTORY_FIELDS);
    form.reset(directoryValues(PERSON));
    form.patchValue({
      displayName: '  Lena Ortiz ',
      title: '   ',
      location: ' Porto ',
      timeZone: '',
    });

    expect(directoryRequest(form.getRawValue())).toEqual({
      displayName: 'Lena Ortiz',
      department: null,
      title: null,
      managerId: 'u1',
      location: 'Porto',
      seniorityLevel: 3,
      languages: ['English', 'Portuguese'],
      timeZone: null,
    });
  });

  it("leaves out the form's other values and the fields it does not have", () => {
    const request = directoryRequest({
      email: 'lena@example.org',
      displayName: 'Lena',
      manager: null,
      roles: { mentee: true },
    });

    expect(request).toEqual({ displayName: 'Lena', managerId: null });
  });
});
