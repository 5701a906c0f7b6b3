/**
 * Seeded, realistic people for the in-app matching benchmark: an organisation with departments,
 * offices (location, time zone, local language), seniority 1–5 and reporting lines, whose
 * mentors (capacity 3) and mentees answered the application forms: skills drawn from a
 * vocabulary where some skills are far more popular than others, goals written as sentences
 * with skill words, weekly availability slots, meeting modes, languages (some people share none
 * with most others), a few no-go topics. The same organisation feeds the in-memory run
 * (`toRunInputs`) and the database (bench-app-db.ts).
 */
import type { Answers } from '@mentorbridge/shared-contracts';
import type { RunInputs, RunParticipant } from './app-computation';
import { Random } from './instances';

export interface Person {
  id: string;
  email: string;
  displayName: string;
  role: 'mentor' | 'mentee' | 'staff';
  department: string | null;
  title: string;
  location: string;
  timeZone: string | null;
  seniorityLevel: number | null;
  /** Directory languages. */
  languages: string[];
  managerId: string | null;
  /** Application answers (mentors and mentees). */
  answers: Answers;
  capacity: number;
}

export interface Organisation {
  people: Person[];
  mentors: Person[];
  mentees: Person[];
  /** HR's bans and pins for the cohort, [mentorId, menteeId]. */
  bans: [string, string][];
  pins: [string, string][];
}

export const MENTOR_CAPACITY = 3;

const OFFICES: { city: string; zone: string; language: string | null; weight: number }[] = [
  { city: 'London', zone: 'Europe/London', language: null, weight: 14 },
  { city: 'Berlin', zone: 'Europe/Berlin', language: 'German', weight: 14 },
  { city: 'Paris', zone: 'Europe/Paris', language: 'French', weight: 8 },
  { city: 'Lisbon', zone: 'Europe/Lisbon', language: 'Portuguese', weight: 6 },
  { city: 'New York', zone: 'America/New_York', language: null, weight: 16 },
  { city: 'San Francisco', zone: 'America/Los_Angeles', language: null, weight: 10 },
  { city: 'São Paulo', zone: 'America/Sao_Paulo', language: 'Portuguese', weight: 6 },
  { city: 'Bangalore', zone: 'Asia/Kolkata', language: 'Hindi', weight: 12 },
  { city: 'Singapore', zone: 'Asia/Singapore', language: null, weight: 6 },
  { city: 'Tokyo', zone: 'Asia/Tokyo', language: 'Japanese', weight: 8 },
];

/** Department → its own skills; plus skills everyone may want. */
const DEPARTMENTS: Record<string, string[]> = {
  Engineering: [
    'System design',
    'Cloud architecture',
    'Code review',
    'Technical debt',
    'Incident management',
    'Python',
    'TypeScript',
    'Distributed systems',
    'Security engineering',
    'Testing strategy',
  ],
  Product: [
    'Product strategy',
    'Roadmapping',
    'User research',
    'Prioritisation',
    'Product analytics',
    'Experiment design',
    'Pricing',
  ],
  Design: ['Design systems', 'Interaction design', 'User research', 'Accessibility', 'Prototyping'],
  Sales: [
    'Negotiation',
    'Pricing',
    'Account planning',
    'Enterprise sales',
    'Forecasting',
    'Customer relationships',
  ],
  Marketing: [
    'Brand strategy',
    'Content marketing',
    'Marketing analytics',
    'Campaign planning',
    'Copywriting',
  ],
  Finance: ['Financial planning', 'Budgeting', 'Forecasting', 'Controlling', 'Investor relations'],
  People: ['Hiring', 'Performance reviews', 'Compensation', 'Organisation design', 'Coaching'],
  Operations: ['Process improvement', 'Supply chain', 'Vendor management', 'Lean operations'],
  Legal: ['Contract negotiation', 'Compliance', 'Privacy', 'Risk management'],
  Support: ['Customer success', 'Escalation handling', 'Knowledge management', 'Service design'],
};
const COMMON_SKILLS = [
  'Leadership',
  'Stakeholder management',
  'Public speaking',
  'People management',
  'Strategic thinking',
  'Communication',
  'Conflict resolution',
  'Time management',
  'Data analysis',
  'Project management',
  'Change management',
  'Career growth',
  'Decision making',
  'Cross-team collaboration',
  'Giving feedback',
];
const DEPARTMENT_NAMES = Object.keys(DEPARTMENTS);
const DEPARTMENT_WEIGHTS = [30, 10, 5, 15, 8, 7, 6, 8, 4, 7];
const SLOTS = ['mon', 'tue', 'wed', 'thu', 'fri'].flatMap((d) => [`${d}-am`, `${d}-pm`]);
const PREFERENCES = ['any', 'one_level_up', 'two_levels_up', 'senior_leader'];
const GOAL_TEMPLATES = [
  'I want to get better at {0} so that I can lead our next big initiative with confidence.',
  'Over the next six months I would like to grow my {0} and {1} skills and take on a bigger role.',
  'Help me build a plan for {0}; I also struggle with {1} when deadlines are tight.',
  'My goal is to become the go-to person for {0} in my area and learn how senior people approach {1}.',
  'Prepare for a promotion: stronger {0}, clearer {1}, and better {2} with other departments.',
];
const FIRST = ['Ada', 'Ben', 'Cleo', 'Dan', 'Eve', 'Femi', 'Gita', 'Hugo', 'Ines', 'Jon', 'Kai'];
const LAST = ['Khan', 'Novak', 'Silva', 'Tanaka', 'Okafor', 'Müller', 'Dubois', 'Rossi', 'Lee'];

/** Picks an index with probability proportional to weights[k]. */
function weighted(rnd: Random, weights: number[], total = weights.reduce((s, w) => s + w, 0)) {
  let x = rnd.next() * total;
  for (let k = 0; k < weights.length; k++) {
    x -= weights[k];
    if (x < 0) return k;
  }
  return weights.length - 1;
}

function uuid(rnd: Random): string {
  const hex = Array.from({ length: 4 }, () => rnd.u32().toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Distinct skills, popular ones (low rank) far more often: Zipf-like within each pool. */
function drawSkills(rnd: Random, department: string | null, count: number): string[] {
  const chosen = new Set<string>();
  const own = department ? DEPARTMENTS[department] : COMMON_SKILLS;
  for (let tries = 0; chosen.size < count && tries < 50; tries++) {
    const pool = rnd.next() < 0.6 ? own : rnd.next() < 0.85 ? COMMON_SKILLS : allSkills;
    chosen.add(pool[weighted(rnd, zipf(pool.length))]);
  }
  return [...chosen];
}
const allSkills = [...new Set([...COMMON_SKILLS, ...Object.values(DEPARTMENTS).flat()])];
const zipfCache = new Map<number, number[]>();
function zipf(length: number): number[] {
  let w = zipfCache.get(length);
  if (!w) {
    w = Array.from({ length }, (_, k) => 1 / (k + 1));
    zipfCache.set(length, w);
  }
  return w;
}

function drawSlots(rnd: Random): string[] {
  const count = 2 + rnd.int(4);
  const chosen = new Set<string>();
  // Mornings early in the week are popular.
  const weights = SLOTS.map((s, k) => (s.endsWith('am') ? 3 : 2) + (k < 4 ? 2 : 0));
  while (chosen.size < count) chosen.add(SLOTS[weighted(rnd, weights)]);
  return [...chosen];
}

function drawModes(rnd: Random): string[] {
  const modes: string[] = [];
  if (rnd.next() < 0.9) modes.push('video');
  if (rnd.next() < 0.4) modes.push('in_person');
  if (rnd.next() < 0.25) modes.push('phone');
  return modes.length ? modes : ['phone'];
}

function goalFor(rnd: Random, skills: string[]): string {
  const template = GOAL_TEMPLATES[rnd.int(GOAL_TEMPLATES.length)];
  return template.replace(/\{(\d)\}/g, (_, k: string) =>
    (skills[Number(k)] ?? skills[0] ?? 'communication').toLowerCase(),
  );
}

/**
 * An organisation with `mentees` mentees and `mentors` mentors (plus department heads who are
 * not in the cohort), seeded. Mentors are levels 3–5, mentees 1–3; everyone's manager is someone
 * one level up in their department (so a mentee's reporting line often contains mentors).
 */
export function generateOrganisation(mentees: number, mentors: number, seed: number): Organisation {
  const rnd = new Random(seed * 104729 + mentees * 31 + mentors);
  const people: Person[] = [];
  const person = (role: Person['role'], level: number | null): Person => {
    const department =
      rnd.next() < 0.01 ? null : DEPARTMENT_NAMES[weighted(rnd, DEPARTMENT_WEIGHTS)];
    const office =
      OFFICES[
        weighted(
          rnd,
          OFFICES.map((o) => o.weight),
        )
      ];
    const languages: string[] = [];
    const local = office.language;
    // Most people speak English; in offices with a local language some speak only that.
    if (!local || rnd.next() < 0.88) languages.push('English');
    if (local && (languages.length === 0 || rnd.next() < 0.7)) languages.push(local);
    if (rnd.next() < 0.08) languages.push(['Spanish', 'German', 'French'][rnd.int(3)]);
    const k = people.length;
    const id = uuid(rnd);
    const p: Person = {
      id,
      email: `bench.${role}.${k}@example.test`,
      displayName: `${FIRST[rnd.int(FIRST.length)]} ${LAST[rnd.int(LAST.length)]} ${k}`,
      role,
      department,
      title: role === 'staff' ? 'Head of department' : role === 'mentor' ? 'Lead' : 'Associate',
      location: office.city,
      timeZone: rnd.next() < 0.02 ? null : office.zone,
      seniorityLevel: rnd.next() < 0.02 ? null : level,
      languages: [...new Set(languages)],
      managerId: null,
      answers: {},
      capacity: role === 'mentor' ? MENTOR_CAPACITY : role === 'mentee' ? 1 : 0,
    };
    people.push(p);
    return p;
  };

  // Department heads (level 5, not in the cohort) at the top of each line.
  for (const _ of DEPARTMENT_NAMES) person('staff', 5);
  const mentorList = Array.from({ length: mentors }, () => person('mentor', 3 + rnd.int(3)));
  const menteeList = Array.from({ length: mentees }, () =>
    person('mentee', weighted(rnd, [5, 4, 2]) + 1),
  );

  // Reporting lines: a manager one level up in the same department (else a head).
  const byLevel = new Map<string, Person[]>();
  for (const p of people) {
    const key = `${p.department}|${p.seniorityLevel}`;
    const list = byLevel.get(key);
    if (list) list.push(p);
    else byLevel.set(key, [p]);
  }
  const heads = people.filter((p) => p.role === 'staff');
  for (const p of people) {
    if (p.role === 'staff') continue;
    const level = p.seniorityLevel ?? 2;
    const above = byLevel.get(`${p.department}|${level + 1}`) ?? [];
    const manager = above.length && level < 5 ? above[rnd.int(above.length)] : null;
    p.managerId = (manager ?? heads[rnd.int(heads.length)]).id;
  }

  for (const p of mentorList) {
    p.answers = {
      expertise: drawSkills(rnd, p.department, 3 + rnd.int(4)),
      years_experience: ['6-10', '11-20', '20+'][rnd.int(3)],
      capacity: MENTOR_CAPACITY,
      languages: p.languages,
      availability: drawSlots(rnd),
      meeting_modes: drawModes(rnd),
      ...(rnd.next() < 0.15 ? { avoid_topics: drawSkills(rnd, p.department, 1 + rnd.int(2)) } : {}),
    };
  }
  for (const p of menteeList) {
    const targets = drawSkills(rnd, p.department, 2 + rnd.int(3));
    p.answers = {
      goal: goalFor(rnd, targets),
      target_skills: targets,
      preferred_seniority: PREFERENCES[weighted(rnd, [4, 3, 2, 1])],
      languages: p.languages,
      availability: drawSlots(rnd),
      meeting_modes: drawModes(rnd),
    };
  }

  // HR excluded a few pairs and pinned a few (distinct mentees).
  const bans: [string, string][] = [];
  const pins: [string, string][] = [];
  const constrained = new Set<string>();
  const pick = () => {
    let mentee: Person;
    do mentee = menteeList[rnd.int(menteeList.length)];
    while (constrained.has(mentee.id) && constrained.size < menteeList.length);
    constrained.add(mentee.id);
    return [mentorList[rnd.int(mentorList.length)].id, mentee.id] as [string, string];
  };
  if (mentorList.length && menteeList.length) {
    for (let k = 0; k < Math.min(20, Math.ceil(mentees / 100)); k++) bans.push(pick());
    for (let k = 0; k < Math.min(5, Math.ceil(mentees / 500)); k++) pins.push(pick());
  }
  return { people, mentors: mentorList, mentees: menteeList, bans, pins };
}

/** The run's inputs as `loadRunInputs` would read them (same order: by display name, id). */
export function toRunInputs(org: Organisation, at: Date): RunInputs {
  const byId = new Map(org.people.map((p) => [p.id, p]));
  const line = (p: Person): string[] => {
    const result: string[] = [];
    for (let boss = p.managerId; boss !== null && result.length < 50;) {
      result.push(boss);
      boss = byId.get(boss)?.managerId ?? null;
    }
    return result;
  };
  const participant = (p: Person): RunParticipant => ({
    userId: p.id,
    displayName: p.displayName,
    answers: p.answers,
    department: p.department,
    location: p.location,
    timeZone: p.timeZone,
    seniorityLevel: p.seniorityLevel as RunParticipant['seniorityLevel'],
    languages: p.languages,
    reportingLine: line(p),
    capacity: p.capacity,
  });
  const order = (a: Person, b: Person) =>
    a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : a.id < b.id ? -1 : 1;
  return {
    format: 'one_on_one',
    at: at.toISOString(),
    mentors: [...org.mentors].sort(order).map(participant),
    mentees: [...org.mentees].sort(order).map(participant),
    previousPairs: [],
    bans: org.bans.map(([a, b]) => `${a}|${b}`),
    pins: org.pins,
  };
}
