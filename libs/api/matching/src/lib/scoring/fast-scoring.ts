import { HardRule, MATCH_CRITERIA, MatchingSettings } from '@mentorbridge/shared-contracts';
import { MatchingCandidate, offsetMinutes, ScoringContext, words } from './pair-scoring';

/**
 * The numbers of `scorePair` for every mentor × mentee pair of a run, without explanations and
 * without allocating per pair. Each person's answers are read once into interned ids: tag lists
 * become inverted indexes (tag → mentors), slots / modes / languages bit masks, department,
 * place (location + time-zone offset at `ctx.at`) and seniority small codes whose points are
 * tabulated per mentee (when they fit, the masks go in one word per person and the codes in
 * another). A pair then costs a few array reads.
 *
 * The score is exactly (===) `scorePair(...).score` for an allowed pair: every criterion's points
 * are computed by the same floating-point operations (`round((weight × value × 100) / Σ positive
 * weights)`, same values), added in the same order and rounded the same way. `rules` gives the
 * hard rules `scorePair` would list. `scorePair` stays the explanation path (breakdowns of the
 * chosen pairs, why / why not).
 *
 * Usage: `scoreRow(i, …)` for a whole row (what computeRun does), or `select(i)` then
 * `rules(j)` / `score(j)` for single pairs.
 */

/** Hard rules in the order `scorePair` lists them; bit k of a rule mask is HARD_RULE_ORDER[k]. */
export const HARD_RULE_ORDER: readonly HardRule[] = [
  'same_person',
  'reporting_line',
  'previous_pair',
  'no_shared_language',
  'banned',
];
const SAME_PERSON = 1;
const REPORTING_LINE = 2;
const PREVIOUS_PAIR = 4;
const NO_SHARED_LANGUAGE = 8;
const BANNED = 16;
const RULES = HARD_RULE_ORDER.length;

/** The hard rules of a mask, as `scorePair(...).forbidden` lists them. */
export function hardRulesOf(mask: number): HardRule[] {
  return HARD_RULE_ORDER.filter((_, k) => (mask & (1 << k)) !== 0);
}

/**
 * Calls `visit(j, i)` for every mentor index j and mentee index i with
 * `pairKey(mentorIds[j], menteeIds[i]) === key`, for each key (ids may repeat or contain '|').
 */
export function forEachKeyedPair(
  keys: Iterable<string>,
  mentorIds: readonly string[],
  menteeIds: readonly string[],
  visit: (j: number, i: number) => void,
): void {
  const mentorsById = indexById(mentorIds);
  const menteesById = indexById(menteeIds);
  for (const key of keys) {
    for (let p = key.indexOf('|'); p >= 0; p = key.indexOf('|', p + 1)) {
      const js = mentorsById.get(key.slice(0, p));
      if (js === undefined) continue;
      const is = menteesById.get(key.slice(p + 1));
      if (is === undefined) continue;
      for (const j of js) for (const i of is) visit(j, i);
    }
  }
}

function indexById(ids: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  ids.forEach((id, k) => {
    const list = index.get(id);
    if (list) list.push(k);
    else index.set(id, [k]);
  });
  return index;
}

/** Interns values (Map keys: SameValueZero) to dense ids 0, 1, 2, … */
class Interner<K> {
  readonly ids = new Map<K, number>();
  readonly keys: K[] = [];
  id(key: K): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }
  get size(): number {
    return this.keys.length;
  }
}

/** The normalisation of `same()` in pair-scoring.ts (tags, slots, modes, languages). */
const norm = (s: string): string => s.trim().toLowerCase();

/** As `tags()` in pair-scoring.ts: the string entries of a list answer. */
function tags(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Each distinct id of a list with how often it occurs. */
function counted(list: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * Sets of small ids as bit masks of `words` 32-bit words per person, plus each person's repeated
 * ids (an id listed r times counts r times in `scorePair`'s intersections).
 */
class MaskSet {
  readonly words: number;
  readonly masks: Int32Array;
  /** Per person: [id, extra occurrences, …] for ids listed more than once. */
  readonly repeats: (number[] | undefined)[];
  /** 1 for people with repeats. */
  readonly repeated: Uint8Array;

  constructor(lists: number[][], universe: number) {
    const w = Math.max(1, Math.ceil(universe / 32));
    this.words = w;
    this.masks = new Int32Array(lists.length * w);
    this.repeats = lists.map((list, k) => {
      let repeats: number[] | undefined;
      for (const [id, count] of counted(list)) {
        this.masks[k * w + (id >>> 5)] |= 1 << (id & 31);
        if (count > 1) (repeats ??= []).push(id, count - 1);
      }
      return repeats;
    });
    this.repeated = Uint8Array.from(this.repeats, (r) => (r ? 1 : 0));
  }
}

/** Set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Inverted index: id → people listing it ([person, occurrences] pairs). */
function postings(lists: number[][], universe: number): Int32Array[] {
  const build: number[][] = Array.from({ length: universe }, () => []);
  lists.forEach((list, k) => {
    for (const [id, count] of counted(list)) build[id].push(k, count);
  });
  return build.map((p) => Int32Array.from(p));
}

/** `seniority()` of pair-scoring.ts, value only. */
function seniorityValue(
  m: number | null,
  e: number | null,
  format: ScoringContext['format'],
  preference: string,
): number {
  if (m === null || e === null) return 0.5;
  const gap = m - e;
  let range: [number, number];
  if (format === 'reverse') range = [-5, -1];
  else if (format === 'peer') range = [0, 0];
  else if (preference === 'one_level_up') range = [1, 1];
  else if (preference === 'two_levels_up') range = [2, 5];
  else if (preference === 'senior_leader') range = [5 - e, 5];
  else range = [1, 5];
  const outside = gap < range[0] ? range[0] - gap : gap > range[1] ? gap - range[1] : 0;
  return Math.max(0, 1 - 0.5 * outside);
}

/** `location()` of pair-scoring.ts, value only (locations: exact strings, '' / null unknown). */
function locationValue(
  mentorLocation: string | null,
  menteeLocation: string | null,
  a: number | null,
  b: number | null,
): number {
  if (mentorLocation && mentorLocation === menteeLocation) return 1;
  if (a === null || b === null) return 0;
  const hours = Math.abs(a - b) / 60;
  return hours <= 1 ? 0.7 : hours <= 3 ? 0.4 : 0;
}

/** `department()` of pair-scoring.ts, value only. */
function departmentValue(
  mentor: string | null,
  mentee: string | null,
  preference: MatchingSettings['departmentPreference'],
): number {
  if (preference === 'none' || !mentor || !mentee) return 0;
  const same = mentor === mentee;
  const wanted = preference === 'same' ? same : !same;
  return wanted ? 1 : 0;
}

/** A mentor's place: location and time-zone offset, which is all `location()` reads. */
interface Place {
  location: string | null;
  offset: number | null;
}

export class FastScorer {
  private readonly m: number;
  private readonly positiveWeight: number;
  private readonly weights: MatchingSettings['weights'];
  private readonly requireSharedLanguage: boolean;
  private readonly departmentPreference: MatchingSettings['departmentPreference'];
  private readonly format: ScoringContext['format'];

  // Mentors (index j).
  /** Expertise tag → [mentor, occurrences, …]; no-go tag → [mentor, occurrences, …]. */
  private readonly expertisePostings: Int32Array[];
  private readonly avoidPostings: Int32Array[];
  private readonly mentorSlots: MaskSet;
  private readonly mentorModes: MaskSet;
  private readonly mentorLanguages: MaskSet;
  private readonly mentorDepartment: Int32Array;
  private readonly departments: (string | null)[];
  private readonly mentorPlace: Int32Array;
  private readonly places: Place[];
  private readonly mentorSeniority: Int32Array;
  private readonly seniorities: (number | null)[];

  // Mentees (index i).
  /** Distinct target tags with their counts: [tag, count, …]; and the number of entries. */
  private readonly targets: Int32Array[];
  private readonly targetEntries: Int32Array;
  /** Goal words (only words that occur in some expertise tag). */
  private readonly goalWords: Int32Array[];
  private readonly menteeSlots: MaskSet;
  private readonly menteeModes: MaskSet;
  private readonly menteeLanguages: MaskSet;
  private readonly menteeDepartment: (string | null)[];
  private readonly menteeLocation: (string | null)[];
  private readonly menteeOffset: (number | null)[];
  private readonly menteeSeniority: (number | null)[];
  private readonly menteePreference: string[];
  /** Mentors forbidden for a mentee by identity, reporting line, earlier pair or ban: [j, bits, …]. */
  private readonly flagged: (number[] | undefined)[];

  // Goal word → expertise tags containing it; meaningful words needed per tag.
  private readonly tagsOfWord: Int32Array[];
  private readonly wordsNeeded: Int32Array;

  // The selected mentee: per-mentor counts and per-code points.
  private selected = -1;
  private readonly covered: Int32Array;
  private readonly inGoal: Int32Array;
  private readonly avoided: Int32Array;
  private readonly pairFlags: Uint8Array;
  private readonly goalHits: Int32Array;
  private readonly hitTags: number[] = [];
  private skillPoints = new Float64Array(1);
  private avoidPoints = new Float64Array(1);
  private readonly seniorityPoints: Float64Array;
  private readonly placePoints: Float64Array;
  private readonly departmentPoints: Float64Array;
  private readonly goalPoints: Float64Array;
  private readonly availabilityPoints: Float64Array;
  private readonly languagePoints: Float64Array;
  private readonly modePoints: Float64Array;
  /** Packed layout, when everything fits: languages | modes << 8 | slots << 16 per person, and
   * seniority | department << 8 | place << 16 per mentor. */
  private mentorSets: Int32Array | null = null;
  private menteeSets: Int32Array | null = null;
  private mentorCodes: Int32Array | null = null;

  constructor(
    mentors: readonly MatchingCandidate[],
    mentees: readonly MatchingCandidate[],
    ctx: ScoringContext,
  ) {
    const { settings } = ctx;
    const w = settings.weights;
    for (const c of MATCH_CRITERIA)
      if (!Number.isFinite(w[c])) throw new Error(`The weight of ${c} is not a number.`);
    this.weights = w;
    this.m = mentors.length;
    this.format = ctx.format;
    this.requireSharedLanguage = settings.requireSharedLanguage;
    this.departmentPreference = settings.departmentPreference;
    // The order of `criterionValues` (object key order), as `scorePair` adds the weights up.
    this.positiveWeight =
      0 +
      w.skills +
      w.goal_keywords +
      w.seniority +
      w.language +
      w.department +
      w.location +
      w.availability +
      w.meeting_modes;

    const tagIds = new Interner<string>();
    const slotIds = new Interner<string>();
    const modeIds = new Interner<string>();
    const languageIds = new Interner<string>();
    const wordIds = new Interner<string>();
    const ids = (list: string[], interner: Interner<string>) =>
      list.map((s) => interner.id(norm(s)));
    const at = ctx.at;

    const expertise = mentors.map((p) => ids(tags(p.answers['expertise']), tagIds));
    const avoid = mentors.map((p) => ids(tags(p.answers['avoid_topics']), tagIds));
    const targets = mentees.map((p) => ids(tags(p.answers['target_skills']), tagIds));
    const mentorSlots = mentors.map((p) => ids(tags(p.answers['availability']), slotIds));
    const menteeSlots = mentees.map((p) => ids(tags(p.answers['availability']), slotIds));
    const mentorModes = mentors.map((p) => ids(tags(p.answers['meeting_modes']), modeIds));
    const menteeModes = mentees.map((p) => ids(tags(p.answers['meeting_modes']), modeIds));
    const mentorLanguages = mentors.map((p) => ids(p.languages, languageIds));
    const menteeLanguages = mentees.map((p) => ids(p.languages, languageIds));

    this.expertisePostings = postings(expertise, tagIds.size);
    this.avoidPostings = postings(avoid, tagIds.size);
    this.mentorSlots = new MaskSet(mentorSlots, slotIds.size);
    this.menteeSlots = new MaskSet(menteeSlots, slotIds.size);
    this.mentorModes = new MaskSet(mentorModes, modeIds.size);
    this.menteeModes = new MaskSet(menteeModes, modeIds.size);
    this.mentorLanguages = new MaskSet(mentorLanguages, languageIds.size);
    this.menteeLanguages = new MaskSet(menteeLanguages, languageIds.size);

    const departments = new Interner<string | null>();
    this.mentorDepartment = Int32Array.from(mentors, (p) => departments.id(p.department));
    this.departments = departments.keys;
    const places = new Interner<string>();
    this.places = [];
    this.mentorPlace = Int32Array.from(mentors, (p) => {
      const place: Place = { location: p.location, offset: offsetMinutes(p.timeZone, at) };
      const id = places.id(JSON.stringify([place.location, place.offset]));
      this.places[id] = place;
      return id;
    });
    const seniorities = new Interner<number | null>();
    this.mentorSeniority = Int32Array.from(mentors, (p) => seniorities.id(p.seniorityLevel));
    this.seniorities = seniorities.keys;

    // Which expertise tags a goal mentions: at least half the tag's meaningful words (and at
    // least one) are in the goal. Inverted index word → tags, hits counted per mentee.
    const tagsOfWord: number[][] = [];
    this.wordsNeeded = new Int32Array(tagIds.size);
    this.expertisePostings.forEach((list, t) => {
      if (list.length === 0) return;
      const own = [...words(tagIds.keys[t])];
      this.wordsNeeded[t] = Math.ceil(own.length / 2);
      for (const word of own) (tagsOfWord[wordIds.id(word)] ??= []).push(t);
    });
    this.tagsOfWord = Array.from(tagsOfWord, (list) => Int32Array.from(list ?? []));
    this.goalWords = mentees.map((p) => {
      const goal = p.answers['goal'];
      const found: number[] = [];
      for (const word of words(typeof goal === 'string' ? goal : '')) {
        const id = wordIds.ids.get(word);
        if (id !== undefined) found.push(id); // a word of no expertise tag cannot count
      }
      return Int32Array.from(found);
    });
    this.targets = targets.map((list) => Int32Array.from([...counted(list)].flat()));
    this.targetEntries = Int32Array.from(targets, (list) => list.length);
    this.menteeDepartment = mentees.map((p) => p.department);
    this.menteeLocation = mentees.map((p) => p.location);
    this.menteeOffset = mentees.map((p) => offsetMinutes(p.timeZone, at));
    this.menteeSeniority = mentees.map((p) => p.seniorityLevel);
    this.menteePreference = mentees.map((p) => {
      const preference = p.answers['preferred_seniority'];
      return typeof preference === 'string' ? preference : 'any';
    });

    // Same person, reporting line, earlier pairs, bans: flags per mentee.
    const flagged: (number[] | undefined)[] = new Array(mentees.length);
    const flag = (j: number, i: number, bit: number) => (flagged[i] ??= []).push(j, bit);
    const mentorIds = mentors.map((p) => p.userId);
    const menteeIds = mentees.map((p) => p.userId);
    const mentorsById = indexById(mentorIds);
    mentees.forEach((p, i) => {
      for (const j of mentorsById.get(p.userId) ?? []) flag(j, i, SAME_PERSON);
      for (const boss of p.reportingLine)
        for (const j of mentorsById.get(boss) ?? []) flag(j, i, REPORTING_LINE);
    });
    if (!settings.allowRepeatPairs)
      forEachKeyedPair(ctx.previousPairs, mentorIds, menteeIds, (j, i) =>
        flag(j, i, PREVIOUS_PAIR),
      );
    forEachKeyedPair(ctx.bans, mentorIds, menteeIds, (j, i) => flag(j, i, BANNED));
    this.flagged = flagged;

    this.covered = new Int32Array(this.m);
    this.inGoal = new Int32Array(this.m);
    this.avoided = new Int32Array(this.m);
    this.pairFlags = new Uint8Array(this.m);
    this.goalHits = new Int32Array(tagIds.size);
    this.seniorityPoints = new Float64Array(this.seniorities.length);
    this.placePoints = new Float64Array(this.places.length);
    this.departmentPoints = new Float64Array(this.departments.length);
    this.goalPoints = Float64Array.of(
      this.points(w.goal_keywords, 0),
      this.points(w.goal_keywords, 0.5),
      this.points(w.goal_keywords, 1),
    );
    this.availabilityPoints = Float64Array.of(
      this.points(w.availability, 0),
      this.points(w.availability, 0.5),
      this.points(w.availability, 0.8),
      this.points(w.availability, 1),
    );
    this.languagePoints = Float64Array.of(this.points(w.language, 0), this.points(w.language, 1));
    this.modePoints = Float64Array.of(
      this.points(w.meeting_modes, 0),
      this.points(w.meeting_modes, 1),
    );
    // Packed layout (the usual case): languages, modes and slots in one word per person, the
    // seniority, department and place codes in another.
    if (
      languageIds.size <= 8 &&
      modeIds.size <= 8 &&
      slotIds.size <= 16 &&
      !this.mentorSlots.repeated.includes(1) &&
      this.seniorities.length <= 256 &&
      this.departments.length <= 256 &&
      this.places.length <= 65536
    ) {
      const sets = (languages: MaskSet, modes: MaskSet, slots: MaskSet, k: number) =>
        languages.masks[k] | (modes.masks[k] << 8) | (slots.masks[k] << 16);
      this.mentorSets = Int32Array.from(mentors, (_, j) =>
        sets(this.mentorLanguages, this.mentorModes, this.mentorSlots, j),
      );
      this.menteeSets = Int32Array.from(mentees, (_, i) =>
        sets(this.menteeLanguages, this.menteeModes, this.menteeSlots, i),
      );
      this.mentorCodes = Int32Array.from(
        mentors,
        (_, j) =>
          this.mentorSeniority[j] | (this.mentorDepartment[j] << 8) | (this.mentorPlace[j] << 16),
      );
    }
  }

  /** A criterion's points exactly as `scorePair` computes them. */
  private points(weight: number, value: number): number {
    const positiveWeight = this.positiveWeight;
    return positiveWeight > 0
      ? Math.round(((weight * value * 100) / positiveWeight) * 100) / 100
      : 0;
  }

  /** Makes mentee i the one that `rules` and `score` are about. */
  select(i: number): void {
    if (this.selected === i) return;
    this.clear();
    this.selected = i;
    const w = this.weights;

    // Target skills the mentor has as expertise, or as a no-go topic (with their counts).
    const targets = this.targets[i];
    for (let k = 0; k < targets.length; k += 2) {
      const t = targets[k];
      const count = targets[k + 1];
      const experts = this.expertisePostings[t];
      for (let q = 0; q < experts.length; q += 2) this.covered[experts[q]] += count;
      const avoiding = this.avoidPostings[t];
      for (let q = 0; q < avoiding.length; q += 2) this.avoided[avoiding[q]] += count;
    }
    // Expertise tags the goal mentions, then each mentor's number of such expertise entries.
    const hits = this.hitTags;
    for (const word of this.goalWords[i])
      for (const t of this.tagsOfWord[word])
        if (++this.goalHits[t] === this.wordsNeeded[t]) hits.push(t);
    for (const t of hits) {
      const experts = this.expertisePostings[t];
      for (let q = 0; q < experts.length; q += 2) this.inGoal[experts[q]] += experts[q + 1];
    }
    const flagged = this.flagged[i];
    if (flagged)
      for (let k = 0; k < flagged.length; k += 2) this.pairFlags[flagged[k]] |= flagged[k + 1];

    // Points per possible value of each criterion for this mentee.
    const entries = this.targetEntries[i];
    if (this.skillPoints.length < entries + 1) {
      this.skillPoints = new Float64Array(entries + 1);
      this.avoidPoints = new Float64Array(entries + 1);
    }
    this.skillPoints[0] = this.points(w.skills, 0);
    this.avoidPoints[0] = this.points(w.avoid_topics, 0);
    for (let c = 1; c <= entries; c++) {
      this.skillPoints[c] = this.points(w.skills, c / entries);
      this.avoidPoints[c] = this.points(w.avoid_topics, -c / entries);
    }
    const level = this.menteeSeniority[i];
    const preference = this.menteePreference[i];
    this.seniorities.forEach((mentorLevel, code) => {
      this.seniorityPoints[code] = this.points(
        w.seniority,
        seniorityValue(mentorLevel, level, this.format, preference),
      );
    });
    const location = this.menteeLocation[i];
    const offset = this.menteeOffset[i];
    this.places.forEach((place, code) => {
      this.placePoints[code] = this.points(
        w.location,
        locationValue(place.location, location, place.offset, offset),
      );
    });
    const department = this.menteeDepartment[i];
    this.departments.forEach((mentorDepartment, code) => {
      this.departmentPoints[code] = this.points(
        w.department,
        departmentValue(mentorDepartment, department, this.departmentPreference),
      );
    });
  }

  private clear(): void {
    const i = this.selected;
    if (i < 0) return;
    const targets = this.targets[i];
    for (let k = 0; k < targets.length; k += 2) {
      const experts = this.expertisePostings[targets[k]];
      for (let q = 0; q < experts.length; q += 2) this.covered[experts[q]] = 0;
      const avoiding = this.avoidPostings[targets[k]];
      for (let q = 0; q < avoiding.length; q += 2) this.avoided[avoiding[q]] = 0;
    }
    for (const t of this.hitTags) {
      const experts = this.expertisePostings[t];
      for (let q = 0; q < experts.length; q += 2) this.inGoal[experts[q]] = 0;
    }
    this.hitTags.length = 0;
    for (const word of this.goalWords[i])
      for (const t of this.tagsOfWord[word]) this.goalHits[t] = 0;
    const flagged = this.flagged[i];
    if (flagged) for (let k = 0; k < flagged.length; k += 2) this.pairFlags[flagged[k]] = 0;
    this.selected = -1;
  }

  /** How many of mentor j's entries are in the selected mentee's set (`intersect().length`). */
  private common(mentor: MaskSet, mentee: MaskSet, j: number): number {
    const size = mentor.words;
    const i = this.selected;
    let count = 0;
    for (let k = 0; k < size; k++)
      count += popcount(mentor.masks[j * size + k] & mentee.masks[i * size + k]);
    const repeats = mentor.repeats[j];
    if (repeats !== undefined && count > 0)
      for (let k = 0; k < repeats.length; k += 2) {
        const id = repeats[k];
        if ((mentee.masks[i * size + (id >>> 5)] & (1 << (id & 31))) !== 0) count += repeats[k + 1];
      }
    return count;
  }

  /** Hard rules forbidding (mentor j, selected mentee) as a mask (see HARD_RULE_ORDER); 0 = allowed. */
  rules(j: number): number {
    let mask = this.pairFlags[j];
    if (
      this.requireSharedLanguage &&
      this.common(this.mentorLanguages, this.menteeLanguages, j) === 0
    )
      mask |= NO_SHARED_LANGUAGE;
    return mask;
  }

  /** `scorePair(mentor j, selected mentee).score`, as if no hard rule applied. */
  score(j: number): number {
    const shared = this.common(this.mentorLanguages, this.menteeLanguages, j) > 0;
    const slots = this.common(this.mentorSlots, this.menteeSlots, j);
    const modes = this.common(this.mentorModes, this.menteeModes, j) > 0;
    const inGoal = this.inGoal[j];
    // The criteria in scorePair's order, added one by one as it does.
    let sum = 0;
    sum += this.skillPoints[this.covered[j]];
    sum += this.goalPoints[inGoal >= 2 ? 2 : inGoal];
    sum += this.seniorityPoints[this.mentorSeniority[j]];
    sum += this.languagePoints[shared ? 1 : 0];
    sum += this.departmentPoints[this.mentorDepartment[j]];
    sum += this.placePoints[this.mentorPlace[j]];
    sum += this.availabilityPoints[slots >= 3 ? 3 : slots];
    sum += this.modePoints[modes ? 1 : 0];
    sum += this.avoidPoints[this.avoided[j]];
    return Math.round(sum * 100) / 100;
  }

  /**
   * Scores mentee i against every mentor not marked in `skip`: allowed pairs are written to
   * `mentor[at…]` / `score[at…]` (mentors ascending; room for every mentor is needed) and the
   * new end is returned. `ruleStats` receives, per hard rule r, the number of mentors it forbids
   * (`ruleStats[r]`) and the first (mentor × rules + r) where it applied (`ruleStats[RULES + r]`,
   * -1 when never), so that reasons can be listed in the order a pair-by-pair scan meets them.
   */
  scoreRow(
    i: number,
    skip: Uint8Array | null,
    mentor: Int32Array,
    score: Float64Array,
    at: number,
    ruleStats: Int32Array,
  ): number {
    this.select(i);
    ruleStats.fill(0, 0, RULES).fill(-1, RULES, 2 * RULES);
    const oneWord =
      this.mentorLanguages.words === 1 &&
      this.mentorSlots.words === 1 &&
      this.mentorModes.words === 1;
    if (this.mentorCodes !== null) return this.packedRow(i, skip, mentor, score, at, ruleStats);
    return oneWord
      ? this.oneWordRow(i, skip, mentor, score, at, ruleStats)
      : this.generalRow(skip, mentor, score, at, ruleStats);
  }

  /** `scoreRow` in the packed layout: two words per mentor instead of six arrays. */
  private packedRow(
    i: number,
    skip: Uint8Array | null,
    mentor: Int32Array,
    score: Float64Array,
    at: number,
    ruleStats: Int32Array,
  ): number {
    const m = this.m;
    const flags = this.pairFlags;
    const languageRule = this.requireSharedLanguage ? NO_SHARED_LANGUAGE : 0;
    const sets = this.mentorSets as Int32Array;
    const codes = this.mentorCodes as Int32Array;
    const menteeSets = (this.menteeSets as Int32Array)[i];
    const covered = this.covered;
    const inGoal = this.inGoal;
    const avoided = this.avoided;
    const skillPoints = this.skillPoints;
    const goalPoints = this.goalPoints;
    const seniorityPoints = this.seniorityPoints;
    const languagePoints = this.languagePoints;
    const departmentPoints = this.departmentPoints;
    const placePoints = this.placePoints;
    const availabilityPoints = this.availabilityPoints;
    const modePoints = this.modePoints;
    const avoidPoints = this.avoidPoints;
    for (let j = 0; j < m; j++) {
      if (skip !== null && skip[j] === 1) continue;
      const common = sets[j] & menteeSets;
      const shared = (common & 0xff) !== 0 ? 1 : 0;
      const rules = flags[j] | (shared === 1 ? 0 : languageRule);
      if (rules !== 0) {
        this.countRules(rules, j, ruleStats);
        continue;
      }
      const slots = popcount(common >>> 16);
      const code = codes[j];
      const goal = inGoal[j];
      // As score(j).
      let sum = 0;
      sum += skillPoints[covered[j]];
      sum += goalPoints[goal >= 2 ? 2 : goal];
      sum += seniorityPoints[code & 0xff];
      sum += languagePoints[shared];
      sum += departmentPoints[(code >>> 8) & 0xff];
      sum += placePoints[code >>> 16];
      sum += availabilityPoints[slots >= 3 ? 3 : slots];
      sum += modePoints[(common & 0xff00) !== 0 ? 1 : 0];
      sum += avoidPoints[avoided[j]];
      mentor[at] = j;
      score[at++] = Math.round(sum * 100) / 100;
    }
    return at;
  }

  /** `scoreRow` when slots, modes and languages each fit one 32-bit mask (the usual case):
   * `rules` and `score` inlined. */
  private oneWordRow(
    i: number,
    skip: Uint8Array | null,
    mentor: Int32Array,
    score: Float64Array,
    at: number,
    ruleStats: Int32Array,
  ): number {
    const m = this.m;
    const flags = this.pairFlags;
    const languageRule = this.requireSharedLanguage ? NO_SHARED_LANGUAGE : 0;
    const languages = this.mentorLanguages.masks;
    const slotMasks = this.mentorSlots.masks;
    const slotRepeats = this.mentorSlots.repeated;
    const anyRepeats = slotRepeats.includes(1);
    const modeMasks = this.mentorModes.masks;
    const menteeLanguages = this.menteeLanguages.masks[i];
    const menteeSlots = this.menteeSlots.masks[i];
    const menteeModes = this.menteeModes.masks[i];
    const covered = this.covered;
    const inGoal = this.inGoal;
    const avoided = this.avoided;
    const seniority = this.mentorSeniority;
    const department = this.mentorDepartment;
    const place = this.mentorPlace;
    const skillPoints = this.skillPoints;
    const goalPoints = this.goalPoints;
    const seniorityPoints = this.seniorityPoints;
    const languagePoints = this.languagePoints;
    const departmentPoints = this.departmentPoints;
    const placePoints = this.placePoints;
    const availabilityPoints = this.availabilityPoints;
    const modePoints = this.modePoints;
    const avoidPoints = this.avoidPoints;
    for (let j = 0; j < m; j++) {
      if (skip !== null && skip[j] === 1) continue;
      const shared = (languages[j] & menteeLanguages) !== 0 ? 1 : 0;
      const rules = flags[j] | (shared === 1 ? 0 : languageRule);
      if (rules !== 0) {
        this.countRules(rules, j, ruleStats);
        continue;
      }
      let slots = popcount(slotMasks[j] & menteeSlots);
      if (anyRepeats && slotRepeats[j] === 1)
        slots = this.common(this.mentorSlots, this.menteeSlots, j);
      const modes = (modeMasks[j] & menteeModes) !== 0 ? 1 : 0;
      const goal = inGoal[j];
      // As score(j).
      let sum = 0;
      sum += skillPoints[covered[j]];
      sum += goalPoints[goal >= 2 ? 2 : goal];
      sum += seniorityPoints[seniority[j]];
      sum += languagePoints[shared];
      sum += departmentPoints[department[j]];
      sum += placePoints[place[j]];
      sum += availabilityPoints[slots >= 3 ? 3 : slots];
      sum += modePoints[modes];
      sum += avoidPoints[avoided[j]];
      mentor[at] = j;
      score[at++] = Math.round(sum * 100) / 100;
    }
    return at;
  }

  /** `scoreRow` for masks of any width. */
  private generalRow(
    skip: Uint8Array | null,
    mentor: Int32Array,
    score: Float64Array,
    at: number,
    ruleStats: Int32Array,
  ): number {
    for (let j = 0; j < this.m; j++) {
      if (skip !== null && skip[j] === 1) continue;
      const rules = this.rules(j);
      if (rules !== 0) {
        this.countRules(rules, j, ruleStats);
        continue;
      }
      mentor[at] = j;
      score[at++] = this.score(j);
    }
    return at;
  }

  private countRules(rules: number, j: number, ruleStats: Int32Array): void {
    for (let r = 0; r < RULES; r++) {
      if ((rules & (1 << r)) === 0) continue;
      if (ruleStats[r]++ === 0) ruleStats[RULES + r] = j * RULES + r;
    }
  }
}
