import { FormControl, FormGroup, Validators } from '@angular/forms';
import { DirectoryFields, SeniorityLevel, UserDetail } from '@mentorbridge/shared-contracts';
import { blankToNull, showServerErrors } from './form-utils';
import { managerIdOf, managerPicked, ManagerValue } from './manager-field.component';

/** The controls of a person's directory record. A form takes the ones it edits. */
export interface DirectoryControls {
  displayName: FormControl<string>;
  department: FormControl<string>;
  title: FormControl<string>;
  manager: FormControl<ManagerValue>;
  location: FormControl<string>;
  seniorityLevel: FormControl<SeniorityLevel | null>;
  languages: FormControl<string[]>;
  timeZone: FormControl<string | null>;
}

export type DirectoryField = keyof DirectoryControls;

export type DirectoryValues = { [K in DirectoryField]: DirectoryControls[K]['value'] };

/** Every directory field, in the order the forms show them. */
export const DIRECTORY_FIELDS: readonly DirectoryField[] = [
  'displayName',
  'department',
  'title',
  'manager',
  'location',
  'seniorityLevel',
  'languages',
  'timeZone',
];

/** How people see each field named: in labels, error messages and error summaries. */
export const DIRECTORY_LABELS: Readonly<Record<DirectoryField, string>> = {
  displayName: 'Name',
  department: 'Department',
  title: 'Job title',
  manager: 'Manager',
  location: 'Location',
  seniorityLevel: 'Seniority',
  languages: 'Languages',
  timeZone: 'Time zone',
};

/** Free text the API stores up to 120 characters. */
function text(required = false): FormControl<string> {
  return new FormControl('', {
    nonNullable: true,
    validators: required
      ? [Validators.required, Validators.maxLength(120)]
      : [Validators.maxLength(120)],
  });
}

const NEW_CONTROL: { [K in DirectoryField]: () => DirectoryControls[K] } = {
  displayName: () => text(true),
  department: () => text(),
  title: () => text(),
  manager: () => new FormControl<ManagerValue>(null, { validators: [managerPicked] }),
  location: () => text(),
  seniorityLevel: () => new FormControl<SeniorityLevel | null>(null),
  languages: () => new FormControl<string[]>([], { nonNullable: true }),
  timeZone: () => new FormControl<string | null>(null),
};

/** New controls for the given fields, to spread into a form that has more controls. */
export function directoryControls<K extends DirectoryField>(
  fields: readonly K[],
): Pick<DirectoryControls, K> {
  return Object.fromEntries(fields.map((field) => [field, NEW_CONTROL[field]()])) as Pick<
    DirectoryControls,
    K
  >;
}

/** A typed form of the given directory fields, empty. */
export function directoryFieldsForm<K extends DirectoryField>(
  fields: readonly K[],
): FormGroup<Pick<DirectoryControls, K>> {
  return new FormGroup(directoryControls(fields));
}

/** A person's record as form values; `form.reset(directoryValues(person))` fills any subset. */
export function directoryValues(person: UserDetail): DirectoryValues {
  return {
    displayName: person.displayName,
    department: person.department ?? '',
    title: person.title ?? '',
    manager: person.manager,
    location: person.location ?? '',
    seniorityLevel: person.seniorityLevel,
    languages: [...person.languages],
    timeZone: person.timeZone,
  };
}

/**
 * Puts the server's errors for directory fields next to them (the API calls the manager
 * `managerId`) and returns the banner text. `labels` names other fields, or renames some.
 */
export function showDirectoryServerErrors(
  form: FormGroup,
  error: unknown,
  labels: Record<string, string> = {},
): string | null {
  return showServerErrors(form, error, {
    aliases: { managerId: 'manager' },
    labels: { ...DIRECTORY_LABELS, ...labels },
  });
}

type ApiField<K> = K extends 'manager' ? 'managerId' : K;

/** The API's fields for the directory fields among `V`'s keys. */
export type DirectoryRequest<V> = {
  [K in keyof V & DirectoryField as ApiField<K>]-?: Exclude<
    DirectoryFields[ApiField<K>],
    undefined
  >;
};

/** How each field's form value goes to the API: text trimmed, blanks as null, the manager as id. */
const TO_API: {
  [K in DirectoryField]: (value: DirectoryValues[K]) => Partial<DirectoryFields>;
} = {
  displayName: (value) => ({ displayName: value.trim() }),
  department: (value) => ({ department: blankToNull(value) }),
  title: (value) => ({ title: blankToNull(value) }),
  manager: (value) => ({ managerId: managerIdOf(value) }),
  location: (value) => ({ location: blankToNull(value) }),
  seniorityLevel: (value) => ({ seniorityLevel: value }),
  languages: (value) => ({ languages: value }),
  // The API clears a field with null.
  timeZone: (value) => ({ timeZone: value || null }),
};

function toApi<K extends DirectoryField>(
  field: K,
  value: DirectoryValues[K],
): Partial<DirectoryFields> {
  return TO_API[field](value);
}

/** The directory values of a form as the API takes them; the form's other values are left out. */
export function directoryRequest<V extends Partial<DirectoryValues>>(
  value: V,
): DirectoryRequest<V> {
  const request: Partial<DirectoryFields> = {};
  for (const field of DIRECTORY_FIELDS) {
    const fieldValue = value[field];
    if (fieldValue !== undefined) {
      Object.assign(request, toApi(field, fieldValue));
    }
  }
  return request as DirectoryRequest<V>;
}
