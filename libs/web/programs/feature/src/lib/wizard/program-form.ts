import { AbstractControl, FormArray, FormControl, FormGroup } from '@angular/forms';
import {
  CONTACT_OPTIONS,
  ContactOption,
  CreateProgramRequest,
  FieldError,
  GoalTemplate,
  MatchingMode,
  MEETING_MODES,
  MeetingMode,
  MIN_SUPPRESSION_THRESHOLD,
  PersonRef,
  ProgramDetail,
  ProgramFormat,
  ProgramSettings,
} from '@mentorbridge/shared-contracts';
import { controlErrorMessage } from '@mentorbridge/web-shared-data-access';
import {
  atLeastOneChecked,
  maxItems,
  minItems,
  optionalWholeNumber,
  requiredText,
  textLength,
  wholeNumber,
} from '../shared/forms';
import { PULSE_DEFAULT } from '../shared/labels';

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
  pulseFirstDay: { min: 1, max: 365 },
  pulseEveryDays: { min: 7, max: 365 },
  goalTemplates: { max: 10 },
  templateTitle: { min: 3, max: 200 },
  templateText: { max: 1000 },
  templateDays: { min: 1, max: 1100 },
  templateMilestones: { max: 10 },
  milestoneTitle: { min: 2, max: 200 },
} as const;

export type PulseMode = 'default' | 'custom';

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

const MILESTONE_DAYS_MESSAGE = `Enter the day it is due: a whole number from ${LIMITS.templateDays.min} to ${LIMITS.templateDays.max}.`;
const TARGET_DAYS_MESSAGE = `Enter a whole number of days from ${LIMITS.templateDays.min} to ${LIMITS.templateDays.max}, or leave it empty.`;

/** One milestone of a suggested goal: due so many days after the pair starts. */
export function templateMilestoneGroup(milestone?: { title: string; dueDays: number }) {
  return new FormGroup({
    title: new FormControl(milestone?.title ?? '', {
      nonNullable: true,
      validators: [
        requiredText('Write the milestone, or remove it.'),
        textLength(LIMITS.milestoneTitle.min, LIMITS.milestoneTitle.max, 'A milestone'),
      ],
    }),
    dueDays: new FormControl<number | null>(milestone?.dueDays ?? null, {
      validators: wholeNumber(
        LIMITS.templateDays.min,
        LIMITS.templateDays.max,
        MILESTONE_DAYS_MESSAGE,
      ),
    }),
  });
}

/** One goal the program suggests to its pairs. */
export function goalTemplateGroup(template?: GoalTemplate) {
  return new FormGroup({
    title: new FormControl(template?.title ?? '', {
      nonNullable: true,
      validators: [
        requiredText('Give the suggested goal a title, or remove it.'),
        textLength(LIMITS.templateTitle.min, LIMITS.templateTitle.max, 'The title'),
      ],
    }),
    why: new FormControl(template?.why ?? '', {
      nonNullable: true,
      validators: textLength(0, LIMITS.templateText.max, 'Why it matters'),
    }),
    measure: new FormControl(template?.measure ?? '', {
      nonNullable: true,
      validators: textLength(0, LIMITS.templateText.max, 'How they will know'),
    }),
    targetDays: new FormControl<number | null>(template?.targetDays ?? null, {
      validators: optionalWholeNumber(
        LIMITS.templateDays.min,
        LIMITS.templateDays.max,
        TARGET_DAYS_MESSAGE,
      ),
    }),
    milestones: new FormArray((template?.milestones ?? []).map(templateMilestoneGroup), {
      validators: maxItems(
        LIMITS.templateMilestones.max,
        `A suggested goal can have at most ${LIMITS.templateMilestones.max} milestones.`,
      ),
    }),
  });
}

export type GoalTemplateGroup = ReturnType<typeof goalTemplateGroup>;
export type GoalTemplatesArray = FormArray<GoalTemplateGroup>;

/** When pulse check-ins go out: the organisation's default, or the program's own days. */
function pulseGroup() {
  const group = new FormGroup({
    mode: new FormControl<PulseMode>('default', { nonNullable: true }),
    firstDay: number(
      PULSE_DEFAULT.firstDay,
      LIMITS.pulseFirstDay.min,
      LIMITS.pulseFirstDay.max,
      `Enter a whole number of days from ${LIMITS.pulseFirstDay.min} to ${LIMITS.pulseFirstDay.max}.`,
    ),
    everyDays: number(
      PULSE_DEFAULT.everyDays,
      LIMITS.pulseEveryDays.min,
      LIMITS.pulseEveryDays.max,
      `Enter a whole number of days from ${LIMITS.pulseEveryDays.min} to ${LIMITS.pulseEveryDays.max}.`,
    ),
  });
  // The days only count (and are checked) for a schedule of the program's own.
  const sync = (mode: PulseMode) => {
    for (const control of [group.controls.firstDay, group.controls.everyDays]) {
      if (mode === 'custom') {
        control.enable({ emitEvent: false });
      } else {
        control.disable({ emitEvent: false });
      }
    }
    group.updateValueAndValidity();
  };
  sync(group.controls.mode.value);
  group.controls.mode.valueChanges.subscribe(sync);
  return group;
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
      pulse: pulseGroup(),
      goalTemplates: new FormArray<GoalTemplateGroup>([], {
        validators: maxItems(
          LIMITS.goalTemplates.max,
          `A program can suggest at most ${LIMITS.goalTemplates.max} goals.`,
        ),
      }),
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
  'relationship.pulse.firstDay': 'First pulse check-in',
  'relationship.pulse.everyDays': 'Pulse check-in interval',
  'relationship.goalTemplates': 'Suggested goals',
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
  [/^pulseSchedule\.(firstDay|everyDays)$/, 'relationship.pulse.$1'],
  [/^pulseSchedule$/, 'relationship.pulse.firstDay'],
  [/^goalTemplates(\..+)?$/, 'relationship.goalTemplates$1'],
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The API's field error, moved onto the form: its path becomes the form's path, and a message
 * that names the server's field (`pulseSchedule.everyDays must be…`, `each goal template title
 * must be…`) keeps only what it says, so the form's own label goes in front.
 */
export function toFormDetail(detail: FieldError): FieldError {
  const leaf = detail.field.split('.').pop() ?? detail.field;
  const named = new RegExp(`^(?:.{0,30}?[\\s.])?${escapeRegExp(leaf)}\\s+`);
  const message = detail.message.trim();
  // "a program can suggest at most 10 goal templates" reads as a sentence of its own.
  const sentence = /^an? /.test(message)
    ? message.charAt(0).toUpperCase() + message.slice(1)
    : message;
  return {
    ...detail,
    field: formPathOf(detail.field),
    message: named.test(message) ? message.replace(named, '') : sentence,
  };
}

const TEMPLATE_FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'The title',
  why: '“Why it matters”',
  measure: '“How they will know”',
  targetDays: 'The target',
  milestones: 'The milestones',
};

/** Where in the suggested goals a form path points: the goal, and the milestone if any. */
function templatePlace(
  path: string,
): { goal: number; field?: string; milestone?: number; milestoneField?: string } | null {
  const match = /^relationship\.goalTemplates\.(\d+)(?:\.(\w+))?(?:\.(\d+)(?:\.(\w+))?)?$/.exec(
    path,
  );
  if (!match) {
    return null;
  }
  const [, goal, field, milestone, milestoneField] = match;
  return {
    goal: Number(goal) + 1,
    ...(field ? { field } : {}),
    ...(milestone !== undefined ? { milestone: Number(milestone) + 1, milestoneField } : {}),
  };
}

/**
 * How a field of a suggested goal is named in messages, by its form path:
 * `relationship.goalTemplates.1.milestones.0.dueDays` → "The due day of milestone 1 of suggested
 * goal 2".
 */
export function goalTemplateFieldLabel(path: string): string | null {
  const place = templatePlace(path);
  if (!place) {
    return null;
  }
  const goal = `suggested goal ${place.goal}`;
  if (place.milestone !== undefined) {
    const milestone = `milestone ${place.milestone} of ${goal}`;
    return place.milestoneField === 'dueDays'
      ? `The due day of ${milestone}`
      : `${milestone.charAt(0).toUpperCase()}${milestone.slice(1)}`;
  }
  return place.field
    ? `${TEMPLATE_FIELD_LABELS[place.field] ?? place.field} of ${goal}`
    : `Suggested goal ${place.goal}`;
}

/** Labels for the server's field errors: the form's own, and the suggested goals' by position. */
export function serverErrorLabels(details: readonly FieldError[]): Record<string, string> {
  const labels: Record<string, string> = { ...FIELD_LABELS };
  for (const { field } of details) {
    const label = goalTemplateFieldLabel(field);
    if (label) {
      labels[field] = label;
    }
  }
  return labels;
}

/**
 * The first thing to fix in the suggested goals, named by its position ("Suggested goal 2,
 * milestone 1: Write the milestone, or remove it."), or null when they are fine.
 */
export function goalTemplatesProblem(templates: GoalTemplatesArray): string | null {
  const own = templates.errors;
  if (own) {
    const message = Object.values(own).find((value) => typeof value === 'string');
    if (typeof message === 'string') {
      return message;
    }
  }
  const found = templates.controls
    .map((template, index) => ({ template, index }))
    .find(({ template }) => template.invalid);
  if (!found) {
    return null;
  }
  const { template, index } = found;
  const base = `relationship.goalTemplates.${index}`;
  const leaves: [string, AbstractControl][] = [
    [`${base}.title`, template.controls.title],
    [`${base}.why`, template.controls.why],
    [`${base}.measure`, template.controls.measure],
    [`${base}.targetDays`, template.controls.targetDays],
    [`${base}.milestones`, template.controls.milestones],
    ...template.controls.milestones.controls.flatMap(
      (milestone, m): [string, AbstractControl][] => [
        [`${base}.milestones.${m}.title`, milestone.controls.title],
        [`${base}.milestones.${m}.dueDays`, milestone.controls.dueDays],
      ],
    ),
    [base, template],
  ];
  for (const [path, control] of leaves) {
    const message = control.errors
      ? controlErrorMessage(control, goalTemplateFieldLabel(path) ?? 'This answer')
      : null;
    if (message) {
      const place = templatePlace(path);
      const where = place?.milestone
        ? `Suggested goal ${index + 1}, milestone ${place.milestone}`
        : `Suggested goal ${index + 1}`;
      return message.toLowerCase().includes(`suggested goal ${index + 1}`)
        ? message
        : `${where}: ${message}`;
    }
  }
  return null;
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
    pulseSchedule:
      relationship.pulse.mode === 'custom'
        ? {
            firstDay: Number(relationship.pulse.firstDay),
            everyDays: Number(relationship.pulse.everyDays),
          }
        : null,
    goalTemplates: relationship.goalTemplates.map(goalTemplateOf),
    matchingMode: matching.matchingMode,
    closurePolicy: {
      rematchBufferDays: Number(matching.rematchBufferDays),
      noteRetentionDays: Number(matching.noteRetentionDays),
      contactOptions: selected(matching.contactOptions, CONTACT_OPTIONS),
    },
    suppressionThreshold: Number(privacy.suppressionThreshold),
  };
}

type GoalTemplateValue = ReturnType<GoalTemplateGroup['getRawValue']>;

function isSet(value: number | null | string): value is number | string {
  return value !== null && value !== '';
}

/** A suggested goal as the API takes it: trimmed, without empty optional parts. */
function goalTemplateOf(value: GoalTemplateValue): GoalTemplate {
  const why = value.why.trim();
  const measure = value.measure.trim();
  const milestones = value.milestones.map((m) => ({
    title: m.title.trim(),
    dueDays: Number(m.dueDays),
  }));
  return {
    title: value.title.trim(),
    ...(why ? { why } : {}),
    ...(measure ? { measure } : {}),
    ...(isSet(value.targetDays) ? { targetDays: Number(value.targetDays) } : {}),
    ...(milestones.length ? { milestones } : {}),
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
  const templates = program.goalTemplates ?? [];
  const templateArray = form.controls.relationship.controls.goalTemplates;
  templateArray.clear({ emitEvent: false });
  for (const template of templates) {
    templateArray.push(goalTemplateGroup(template), { emitEvent: false });
  }
  const pulse = program.pulseSchedule ?? null;
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
      pulse: {
        mode: pulse ? 'custom' : 'default',
        firstDay: pulse?.firstDay ?? PULSE_DEFAULT.firstDay,
        everyDays: pulse?.everyDays ?? PULSE_DEFAULT.everyDays,
      },
      goalTemplates: templates.map((template) => ({
        title: template.title,
        why: template.why ?? '',
        measure: template.measure ?? '',
        targetDays: template.targetDays ?? null,
        milestones: (template.milestones ?? []).map((m) => ({
          title: m.title,
          dueDays: m.dueDays,
        })),
      })),
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
