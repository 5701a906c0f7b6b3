import { parse } from 'csv-parse/sync';
import {
  FieldError,
  SENIORITY_LABELS,
  SENIORITY_LEVELS,
  SeniorityLevel,
  USER_IMPORT_COLUMNS,
  USER_IMPORT_MAX_ROWS,
  UserImportColumn,
} from '@mentorbridge/shared-contracts';

/** One data row of the people CSV after parsing and field validation. */
export interface ParsedUserRow {
  line: number;
  email: string | null;
  name: string | null;
  department: string | null;
  title: string | null;
  managerEmail: string | null;
  location: string | null;
  languages: string[] | null;
  seniorityLevel: SeniorityLevel | null;
  errors: FieldError[];
}

export interface ParsedUserCsv {
  rows: ParsedUserRow[];
  fileErrors: string[];
}

const HEADER_ALIASES: Record<string, UserImportColumn> = {
  email: 'email',
  e_mail: 'email',
  name: 'name',
  display_name: 'name',
  full_name: 'name',
  department: 'department',
  title: 'title',
  job_title: 'title',
  manager_email: 'manager_email',
  manager: 'manager_email',
  location: 'location',
  languages: 'languages',
  language: 'languages',
  seniority: 'seniority',
  seniority_level: 'seniority',
  level: 'seniority',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LIMITS = { name: 200, department: 120, title: 160, location: 120 } as const;

export const USER_CSV_TEMPLATE =
  USER_IMPORT_COLUMNS.join(',') +
  '\n' +
  'amara.okafor@acme.example,Amara Okafor,Engineering,Engineering Manager,,Berlin,English;German,Lead\n' +
  'li.wei@acme.example,Li Wei,Engineering,Software Engineer,amara.okafor@acme.example,Berlin,English;Mandarin,2\n';

/**
 * Parses and validates the people CSV. Comma or semicolon separated (detected from the header),
 * UTF-8 with or without BOM. Languages are separated by `;` or `|` (or `,` inside quotes);
 * seniority is a level 1–6 or its label (Entry … Executive). Empty cells mean "leave as is" for
 * people already in the directory.
 */
export function parseUserCsv(text: string): ParsedUserCsv {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return { rows: [], fileErrors: [`The file is not valid CSV: ${(error as Error).message}`] };
  }
  if (records.length === 0) return { rows: [], fileErrors: ['The file is empty.'] };

  const header = records[0].record.map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'));
  const columns = header.map((h) => HEADER_ALIASES[h] ?? null);
  const fileErrors: string[] = [];
  const unknown = header.filter((_, i) => columns[i] === null && header[i] !== '');
  if (unknown.length > 0) {
    fileErrors.push(
      `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Expected: ${USER_IMPORT_COLUMNS.join(', ')}.`,
    );
  }
  for (const required of ['email', 'name'] as const) {
    if (!columns.includes(required)) fileErrors.push(`The header has no "${required}" column.`);
  }
  const duplicated = columns.filter((c, i) => c !== null && columns.indexOf(c) !== i);
  if (duplicated.length > 0)
    fileErrors.push(`Column "${duplicated[0]}" appears twice in the header.`);
  if (records.length - 1 > USER_IMPORT_MAX_ROWS) {
    fileErrors.push(
      `The file has ${records.length - 1} rows; the limit is ${USER_IMPORT_MAX_ROWS}.`,
    );
  }
  if (records.length === 1) fileErrors.push('The file has a header but no people.');
  if (fileErrors.length > 0) return { rows: [], fileErrors };

  const rows = records.slice(1).map(({ record, info }) => {
    const cell = (column: UserImportColumn) => {
      const index = columns.indexOf(column);
      const value = index >= 0 ? record[index]?.trim() : undefined;
      return value ? value : null;
    };
    return parseRow(info.lines, cell);
  });
  markDuplicates(rows);
  return { rows, fileErrors: [] };
}

function parseRow(line: number, cell: (c: UserImportColumn) => string | null): ParsedUserRow {
  const errors: FieldError[] = [];
  const email = cell('email')?.toLowerCase() ?? null;
  if (!email) errors.push({ field: 'email', message: 'is required' });
  else if (!EMAIL.test(email) || email.length > 320)
    errors.push({ field: 'email', message: 'is not a valid email address' });

  const name = cell('name');
  if (!name) errors.push({ field: 'name', message: 'is required' });
  const text = (column: keyof typeof LIMITS, value: string | null) => {
    if (value && value.length > LIMITS[column]) {
      errors.push({ field: column, message: `must be at most ${LIMITS[column]} characters` });
    }
    return value;
  };

  const managerEmail = cell('manager_email')?.toLowerCase() ?? null;
  if (managerEmail && !EMAIL.test(managerEmail)) {
    errors.push({ field: 'manager_email', message: 'is not a valid email address' });
  } else if (managerEmail && managerEmail === email) {
    errors.push({ field: 'manager_email', message: 'cannot be the person themselves' });
  }

  const languagesCell = cell('languages');
  const languages = languagesCell
    ? [
        ...new Set(
          languagesCell
            .split(/[;|,]/)
            .map((l) => l.trim())
            .filter(Boolean),
        ),
      ]
    : null;
  if (languages?.some((l) => l.length < 2 || l.length > 40)) {
    errors.push({ field: 'languages', message: 'each language must be 2 to 40 characters' });
  } else if (languages && languages.length > 20) {
    errors.push({ field: 'languages', message: 'at most 20 languages' });
  }

  const seniorityCell = cell('seniority');
  const seniorityLevel = seniorityCell ? parseSeniority(seniorityCell) : null;
  if (seniorityCell && seniorityLevel === null) {
    errors.push({
      field: 'seniority',
      message: `must be 1–6 or one of ${Object.values(SENIORITY_LABELS).join(', ')}`,
    });
  }

  return {
    line,
    email,
    name: text('name', name),
    department: text('department', cell('department')),
    title: text('title', cell('title')),
    managerEmail,
    location: text('location', cell('location')),
    languages,
    seniorityLevel,
    errors,
  };
}

export function parseSeniority(value: string): SeniorityLevel | null {
  const number = Number(value);
  if ((SENIORITY_LEVELS as readonly number[]).includes(number)) return number as SeniorityLevel;
  const match = Object.entries(SENIORITY_LABELS).find(
    ([, label]) => label.toLowerCase() === value.trim().toLowerCase(),
  );
  return match ? (Number(match[0]) as SeniorityLevel) : null;
}

function markDuplicates(rows: ParsedUserRow[]): void {
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (!row.email) continue;
    const first = firstLine.get(row.email);
    if (first === undefined) firstLine.set(row.email, row.line);
    else
      row.errors.push({
        field: 'email',
        message: `appears more than once in the file (first on line ${first})`,
      });
  }
}
