/** Seniority levels of the HR directory, from 1 (entry) to 6 (executive). */
export const SENIORITY_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type SeniorityLevel = (typeof SENIORITY_LEVELS)[number];

export const SENIORITY_LABELS: Readonly<Record<SeniorityLevel, string>> = {
  1: 'Entry',
  2: 'Professional',
  3: 'Senior',
  4: 'Lead',
  5: 'Director',
  6: 'Executive',
};

export function isSeniorityLevel(value: unknown): value is SeniorityLevel {
  return typeof value === 'number' && (SENIORITY_LEVELS as readonly number[]).includes(value);
}
