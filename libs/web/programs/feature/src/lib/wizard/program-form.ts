import { FormArray, FormControl, FormGroup } from '@angular/forms';
import {
  CONTACT_OPTIONS,
  ContactOption,
  CreateProgramRequest,
  MatchingMode,
  MEETING_MODES,
  MeetingMode,
  MIN_SUPPRESSION_THRESHOLD,
  PersonRef,
  ProgramDetail,
  ProgramFormat,
  ProgramSettings,
} from '@mentorbridge/shared-contracts';
import {
  atLeastOneChecked,
  minItems,
  requiredText,
  textLength,
  wholeNumber,
} from '../shared/forms';

/** Limits the API enforces; the form says them in plain words before the API has to. */
export const LIMITS = {
  name: { min: 3, max: 160 },
  strategicDriver: { min: 10, max: 2000 },
  outcome: { min: 3, max: 300 },
  outcomes: { max: 12 },
  durationMonths: { min: 1, max: 36 },
  cadenceWeeks: { min: 1, max: 12 },
  capacity: { min: 1, max: 20 },
  rematchBufferDays: { min: 0, max: 90 },
  noteRetentionDays: { min: 7, max: 3650 },
  suppression: { min: MIN_SUPPRESSION_THRESHOLD, max: 50 },
  owners: { max: 10 },
} as const;

/** Defaults for a new program: what most programs start with. */
export const PROGRAM_DEFAULTS = {
  defaultDurationMonths: 9,
  cadenceWeeks: 4,
  defaultMentorCapacity: 2,
  meetingModes: ['video', 'in_person'] as MeetingMode[],
  matchingMode: 'admin_bulk' as MatchingMode,
  rematchBufferDays: 14,
  noteRetentionDays: 90,
  contactOptions: ['stay_in_touch', 'no_further_contact'] as ContactOption[],
  suppressionThreshold: MIN_SUPPRESSION_THRESHOLD,
};

type Checks<K extends string> = FormGroup<Record<K, FormControl<boolean>>>;

function checks<K extends string>(
  keys: readonly K[],
  selected: readonly K[],
  message: string,
): Checks<K> {
  const controls = Object.fromEntries(
    keys.map((key) => [key, new FormControl(selected.includes(key), { nonNullable: true })]),
  ) as Record<K, FormControl<boolean>>;
  return new FormGroup(controls, { validators: atLeastOneChecked(message) });
}

export function outcomeControl(value = ''): FormControl<string> {
  return new FormControl(value, {
    nonNullable: true,
    validators: [
      requiredText('Write the outcome, or remove it.'),
      textLength(LIMITS.outcome.min, LIMITS.outcome.max, 'An outcome'),
    ],
  });
}

function number(value: number, min: number, max: number, message: string) {
  return new FormControl<number | null>(value, { validators: wholeNumber(min, max, message) });
}

/** The wizard's form: one group per step. */
export function programForm() {
  return new FormGroup({
    basics: new FormGroup({
      name: new FormControl('', {
        nonNullable: true,
        validators: [
          requiredText('Enter a name for the program.'),
          textLength(LIMITS.name.min, LIMITS.name.max, 'The name'),
        ],
      }),
      format: new FormControl<ProgramFormat | null>(null, {
        validators: requiredText('Choose the format of the program.'),
      }),
      strategicDriver: new FormControl('', {
        nonNullable: true,
        validators: [
          requiredText('Say why the organisation runs this program.'),
          textLength(
            LIMITS.strategicDriver.min,
            LIMITS.strategicDriver.max,
            'The strategic driver',
          ),
        ],
      }),
      outcomes: new FormArray([outcomeControl()], {
        validators: minItems(1, 'Add at least one outcome the program should produce.'),
      }),
    }),
    relationship: new FormGroup({
      defaultDurationMonths: number(
        PROGRAM_DEFAULTS.defaultDurationMonths,
        LIMITS.durationMonths.min,
        LIMITS.durationMonths.max,
        'Enter a whole number of months from 1 to 36.',
      ),
      cadenceWeeks: number(
        PROGRAM_DEFAULTS.cadenceWeeks,
        LIMITS.cadenceWeeks.min,
        LIMITS.cadenceWeeks.max,
        'Enter a whole number of weeks from 1 to 12.',
      ),
      defaultMentorCapacity: number(
        PROGRAM_DEFAULTS.defaultMentorCapacity,
        LIMITS.capacity.min,
        LIMITS.capacity.max,
        'Enter a whole number of mentees from 1 to 20.',
      ),
      meetingModes: checks(
        MEETING_MODES,
        PROGRAM_DEFAULTS.meetingModes,
        'Tick at least one way pairs can meet.',
      ),
    }),
    matching: new FormGroup({
      matchingMode: new FormControl<MatchingMode>(PROGRAM_DEFAULTS.matchingMode, {
        nonNullable: true,
      }),
      rematchBufferDays: number(
        PROGRAM_DEFAULTS.rematchBufferDays,
        LIMITS.rematchBufferDays.min,
        LIMITS.rematchBufferDays.max,
        'Enter a whole number of days from 0 to 90.',
      ),
      noteRetentionDays: number(
        PROGRAM_DEFAULTS.noteRetentionDays,
        LIMITS.noteRetentionDays.min,
        LIMITS.noteRetentionDays.max,
        'Enter a whole number of days from 7 to 3650.',
      ),
      contactOptions: checks(
        CONTACT_OPTIONS,
        PROGRAM_DEFAULTS.contactOptions,
        'Tick at least one option pairs can choose after closure.',
      ),
    }),
    privacy: new FormGroup({
      suppressionThreshold: number(
        PROGRAM_DEFAULTS.suppressionThreshold,
        LIMITS.suppression.min,
        LIMITS.suppression.max,
        `Enter a whole number of people from ${LIMITS.suppression.min} to ${LIMITS.suppression.max}.`,
      ),
      /** Owners besides the signed-in person (who always stays one). */
      owners: new FormControl<PersonRef[]>([], { nonNullable: true }),
    }),
  });
}

export type ProgramForm = ReturnType<typeof programForm>;
export type StepKey = keyof ProgramForm['controls'];
export const STEP_KEYS: readonly StepKey[] = ['basics', 'relationship', 'matching', 'privacy'];
export const STEP_LABELS: Readonly<Record<StepKey, string>> = {
  basics: 'Basics',
  relationship: 'Relationship',
  matching: 'Matching & closure',
  privacy: 'Privacy & owners',
};

/** How each control is named in messages and in the error summary, by its path in the form. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  'basics.name': 'Name',
  'basics.format': 'Format',
  'basics.strategicDriver': 'Strategic driver',
  'basics.outcomes': 'Outcomes',
  'relationship.defaultDurationMonths': 'Default duration',
  'relationship.cadenceWeeks': 'Meeting cadence',
  'relationship.defaultMentorCapacity': 'Mentor capacity',
  'relationship.meetingModes': 'Meeting modes',
  'matching.matchingMode': 'Matching mode',
  'matching.rematchBufferDays': 'Rematch buffer',
  'matching.noteRetentionDays': 'Delete pair notes after',
  'matching.contactOptions': 'Post-closure contact',
  'privacy.suppressionThreshold': 'Suppression threshold',
  'privacy.owners': 'Owners',
};

/** Where a field of the API's request lives in the form (`purpose.outcomes.2` → `basics.outcomes.2`). */
const SERVER_PATHS: readonly [RegExp, string][] = [
  [/^name$/, 'basics.name'],
  [/^format$/, 'basics.format'],
  [/^purpose\.strategicDriver$/, 'basics.strategicDriver'],
  [/^purpose\.outcomes(\.\d+)?$/, 'basics.outcomes$1'],
  [/^purpose$/, 'basics.strategicDriver'],
  [/^defaultDurationMonths$/, 'relationship.defaultDurationMonths'],
  [/^cadenceWeeks$/, 'relationship.cadenceWeeks'],
  [/^defaultMentorCapacity$/, 'relationship.defaultMentorCapacity'],
  [/^meetingModes(\.\d+)?$/, 'relationship.meetingModes'],
  [/^matchingMode$/, 'matching.matchingMode'],
  [/^closurePolicy\.rematchBufferDays$/, 'matching.rematchBufferDays'],
  [/^closurePolicy\.noteRetentionDays$/, 'matching.noteRetentionDays'],
  [/^closurePolicy\.contactOptions(\.\d+)?$/, 'matching.contactOptions'],
  [/^suppressionThreshold$/, 'privacy.suppressionThreshold'],
  [/^ownerIds(\.\d+)?$/, 'privacy.owners'],
];

export function formPathOf(field: string): string {
  for (const [pattern, path] of SERVER_PATHS) {
    if (pattern.test(field)) {
      return field.replace(pattern, path);
    }
  }
  return field;
}

function selected<K extends string>(values: Record<K, boolean>, order: readonly K[]): K[] {
  return order.filter((key) => values[key]);
}

/** The settings as the API takes them (trimmed, outcomes without blanks). */
export function programSettings(form: ProgramForm): ProgramSettings {
  const { basics, relationship, matching, privacy } = form.getRawValue();
  return {
    name: basics.name.trim(),
    purpose: {
      strategicDriver: basics.strategicDriver.trim(),
      outcomes: basics.outcomes.map((outcome) => outcome.trim()).filter((outcome) => outcome),
    },
    format: basics.format as ProgramFormat,
    defaultDurationMonths: Number(relationship.defaultDurationMonths),
    cadenceWeeks: Number(relationship.cadenceWeeks),
    defaultMentorCapacity: Number(relationship.defaultMentorCapacity),
    meetingModes: selected(relationship.meetingModes, MEETING_MODES),
    matchingMode: matching.matchingMode,
    closurePolicy: {
      rematchBufferDays: Number(matching.rematchBufferDays),
      noteRetentionDays: Number(matching.noteRetentionDays),
      contactOptions: selected(matching.contactOptions, CONTACT_OPTIONS),
    },
    suppressionThreshold: Number(privacy.suppressionThreshold),
  };
}

/** The create request: the creator is added as an owner by the API, the others are listed. */
export function createRequest(form: ProgramForm): CreateProgramRequest {
  return {
    ...programSettings(form),
    ownerIds: form.controls.privacy.controls.owners.value.map((owner) => owner.id),
  };
}

function flags<K extends string>(keys: readonly K[], on: readonly K[]): Record<K, boolean> {
  return Object.fromEntries(keys.map((key) => [key, on.includes(key)])) as Record<K, boolean>;
}

/** Fills the form with a saved program (edit mode). Outcome rows match the program's outcomes. */
export function fillProgramForm(form: ProgramForm, program: ProgramDetail, selfId: string | null) {
  const outcomes = form.controls.basics.controls.outcomes;
  outcomes.clear({ emitEvent: false });
  for (const outcome of program.purpose.outcomes.length ? program.purpose.outcomes : ['']) {
    outcomes.push(outcomeControl(outcome), { emitEvent: false });
  }
  form.reset({
    basics: {
      name: program.name,
      format: program.format,
      strategicDriver: program.purpose.strategicDriver,
      outcomes: program.purpose.outcomes.length ? program.purpose.outcomes : [''],
    },
    relationship: {
      defaultDurationMonths: program.defaultDurationMonths,
      cadenceWeeks: program.cadenceWeeks,
      defaultMentorCapacity: program.defaultMentorCapacity,
      meetingModes: flags(MEETING_MODES, program.meetingModes),
    },
    matching: {
      matchingMode: program.matchingMode,
      rematchBufferDays: program.closurePolicy.rematchBufferDays,
      noteRetentionDays:
        program.closurePolicy.noteRetentionDays ?? PROGRAM_DEFAULTS.noteRetentionDays,
      contactOptions: flags(CONTACT_OPTIONS, program.closurePolicy.contactOptions),
    },
    privacy: {
      suppressionThreshold: program.suppressionThreshold,
      owners: program.owners.filter((owner) => owner.id !== selfId),
    },
  });
}
