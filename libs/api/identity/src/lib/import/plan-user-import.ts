import type { SeniorityLevel, UserImportAction } from '@mentorbridge/shared-contracts';
import type { ParsedUserRow } from './user-csv';

/** What the directory already knows about a person, keyed by lower-case email. */
export interface ExistingPerson {
  id: string;
  email: string;
  displayName: string;
  department: string | null;
  title: string | null;
  location: string | null;
  languages: string[];
  seniorityLevel: SeniorityLevel | null;
  managerEmail: string | null;
}

export interface PlannedRow extends ParsedUserRow {
  action: UserImportAction;
  existing: ExistingPerson | null;
}

/**
 * Decides, for each parsed row, whether it creates, updates, leaves unchanged or is refused.
 * A row is refused for its own field errors, for a manager found neither in the directory nor
 * among the file's valid rows, or for a reporting line that would loop. Refusals propagate:
 * a row whose manager row is refused is refused too, so nothing half-consistent is saved.
 */
export function planUserImport(
  rows: ParsedUserRow[],
  existing: Map<string, ExistingPerson>,
): PlannedRow[] {
  const planned: PlannedRow[] = rows.map((row) => ({
    ...row,
    errors: [...row.errors],
    action: 'error',
    existing: row.email ? (existing.get(row.email) ?? null) : null,
  }));
  const valid = (row: PlannedRow) => row.errors.length === 0;
  const byEmail = new Map<string, PlannedRow>();
  for (const row of planned) if (row.email && !byEmail.has(row.email)) byEmail.set(row.email, row);

  let changed = true;
  while (changed) {
    changed = false;
    for (const row of planned) {
      if (!valid(row) || !row.managerEmail) continue;
      const managerRow = byEmail.get(row.managerEmail);
      if (managerRow && !valid(managerRow) && !existing.has(row.managerEmail)) {
        row.errors.push({
          field: 'manager_email',
          message: `${row.managerEmail} has errors in this file (line ${managerRow.line})`,
        });
        changed = true;
      } else if (!managerRow && !existing.has(row.managerEmail)) {
        row.errors.push({
          field: 'manager_email',
          message: `${row.managerEmail} is neither in the directory nor in this file`,
        });
        changed = true;
      }
    }
    changed = markLoops(planned, existing, byEmail) || changed;
  }

  for (const row of planned) {
    if (!valid(row)) continue;
    row.action = !row.existing ? 'create' : differs(row, row.existing) ? 'update' : 'unchanged';
  }
  return planned;
}

function managerOf(
  email: string,
  existing: Map<string, ExistingPerson>,
  byEmail: Map<string, PlannedRow>,
): string | null {
  const row = byEmail.get(email);
  if (row && row.errors.length === 0 && row.managerEmail) return row.managerEmail;
  return existing.get(email)?.managerEmail ?? null;
}

function markLoops(
  planned: PlannedRow[],
  existing: Map<string, ExistingPerson>,
  byEmail: Map<string, PlannedRow>,
): boolean {
  let found = false;
  for (const row of planned) {
    if (row.errors.length > 0 || !row.email || !row.managerEmail) continue;
    let current: string | null = row.managerEmail;
    for (let step = 0; current && step < 1000; step++) {
      if (current === row.email) {
        row.errors.push({
          field: 'manager_email',
          message: 'would create a loop in the reporting line',
        });
        found = true;
        break;
      }
      current = managerOf(current, existing, byEmail);
    }
  }
  return found;
}

function differs(row: PlannedRow, person: ExistingPerson): boolean {
  const changedText = (value: string | null, current: string | null) =>
    value !== null && value !== current;
  return (
    changedText(row.name, person.displayName) ||
    changedText(row.department, person.department) ||
    changedText(row.title, person.title) ||
    changedText(row.location, person.location) ||
    changedText(row.managerEmail, person.managerEmail) ||
    (row.seniorityLevel !== null && row.seniorityLevel !== person.seniorityLevel) ||
    (row.languages !== null && row.languages.join('|') !== person.languages.join('|'))
  );
}
