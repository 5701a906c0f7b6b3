/** Invalid instance: the message is one line naming the problem. */
export class MatchingInputError extends Error {
  constructor(
    message: string,
    /** Where the problem is, e.g. `mentors[3].capacity` or `line 2 column 7`. */
    readonly path = '',
  ) {
    super(message);
    this.name = 'MatchingInputError';
  }
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

export function quoteId(id: string): string {
  return JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);
}
