import { MatchingInputError, describeValue, quoteId } from './errors';

export type Role = 'mentor' | 'mentee';

export interface People {
  ids: string[];
  capacity: Float64Array;
  index: Map<string, number>;
}

const LIST_KEY: Record<Role, string> = { mentor: 'mentors', mentee: 'mentees' };

/** Validates the `mentors` or `mentees` list: ids unique non-empty strings, capacities integers ≥ 0. */
export function readPeople(value: unknown, role: Role): People {
  const key = LIST_KEY[role];
  if (value === undefined)
    throw new MatchingInputError(`missing "${key}" (a list of {id, capacity})`, key);
  if (!Array.isArray(value)) {
    throw new MatchingInputError(`"${key}" must be a list, got ${describeValue(value)}`, key);
  }
  const ids: string[] = new Array(value.length);
  const capacity = new Float64Array(value.length);
  const index = new Map<string, number>();
  for (let k = 0; k < value.length; k++) {
    const entry: unknown = value[k];
    const at = `${key}[${k}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new MatchingInputError(
        `${at} must be an object {id, capacity}, got ${describeValue(entry)}`,
        at,
      );
    }
    const record = entry as Record<string, unknown>;
    const id = record['id'];
    if (typeof id !== 'string' || id.length === 0) {
      throw new MatchingInputError(
        `${at}.id must be a non-empty string, got ${describeValue(id)}`,
        `${at}.id`,
      );
    }
    const previous = index.get(id);
    if (previous !== undefined) {
      throw new MatchingInputError(
        `duplicate ${role} id ${quoteId(id)} (${key}[${previous}] and ${at})`,
        `${at}.id`,
      );
    }
    index.set(id, k);
    ids[k] = id;
    capacity[k] = readCapacity(record['capacity'], role, `${at}.capacity`, id);
  }
  return { ids, capacity, index };
}

function readCapacity(value: unknown, role: Role, at: string, id: string): number {
  if (value === undefined || value === null) {
    if (role === 'mentee') return 1;
    throw new MatchingInputError(
      `${at} is missing (${role} ${quoteId(id)} needs an integer capacity >= 0)`,
      at,
    );
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new MatchingInputError(
      `${at} must be an integer >= 0 (${role} ${quoteId(id)}), got ${describeValue(value)}`,
      at,
    );
  }
  return value;
}
