/**
 * Audit action codes (as the API records them) in plain words. Codes not listed here are shown as
 * they are, so a new action written by the API is still searchable and visible.
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'note.read': 'Read a pair note',
  'match_run.publish': 'Published a match run',
  'match.close_early': 'Closed a pair early',
  'match.complete': 'Completed a pair',
  'match.extend': 'Extended a pair',
  'cohort.close': 'Closed a cohort',
  'user.roles_change': 'Changed roles',
  'person.export': 'Exported personal data',
  'person.erase': 'Erased a person',
};

/** Object types in plain words (unknown types are shown as they are). */
export const AUDIT_OBJECT_TYPE_LABELS: Readonly<Record<string, string>> = {
  user: 'Person',
  match: 'Pair',
  cohort: 'Cohort',
  match_run: 'Match run',
  note: 'Note',
};

export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action] : action;
}

export function auditObjectTypeLabel(objectType: string): string {
  return Object.hasOwn(AUDIT_OBJECT_TYPE_LABELS, objectType)
    ? AUDIT_OBJECT_TYPE_LABELS[objectType]
    : objectType;
}

/** Select options: the known codes by their words, plus a code from the URL we do not know. */
export function auditOptions(
  labels: Readonly<Record<string, string>>,
  current: string | null,
): { value: string; label: string }[] {
  const options = Object.entries(labels)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  if (current && !Object.hasOwn(labels, current)) {
    options.push({ value: current, label: current });
  }
  return options;
}
