import type { FieldError } from './errors';

/** Columns of the people CSV, in the order of the template. `email` and `name` are required. */
export const USER_IMPORT_COLUMNS = [
  'email',
  'name',
  'department',
  'title',
  'manager_email',
  'location',
  'languages',
  'seniority',
] as const;
export type UserImportColumn = (typeof USER_IMPORT_COLUMNS)[number];

export const USER_IMPORT_MAX_ROWS = 5000;

export interface UserImportRequest {
  /** The CSV text (UTF-8, comma or semicolon separated, header row first). */
  csv: string;
  /** Roles granted to newly created people (existing people keep theirs). */
  roles?: ('mentor' | 'mentee')[];
}

export type UserImportAction = 'create' | 'update' | 'unchanged' | 'error';

export interface UserImportRowResult {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  email: string | null;
  name: string | null;
  action: UserImportAction;
  errors: FieldError[];
}

export interface UserImportReport {
  dryRun: boolean;
  rows: UserImportRowResult[];
  summary: Record<UserImportAction, number>;
  /** File-level problems (missing header, unknown columns); rows are empty when present. */
  fileErrors: string[];
}
