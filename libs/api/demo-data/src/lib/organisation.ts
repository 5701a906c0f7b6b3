import type { Role, SeniorityLevel } from '@mentorbridge/shared-contracts';
import { createRandom, Random } from '@mentorbridge/shared-util';

/** A person of the demo organisation, before it is written to the database. */
export interface DemoPerson {
  key: string;
  email: string;
  displayName: string;
  department: string;
  title: string;
  location: string;
  timeZone: string;
  languages: string[];
  seniorityLevel: SeniorityLevel;
  managerKey: string | null;
  roles: Role[];
}

export const DEMO_DOMAIN = 'acme.example';
export const DEMO_PASSWORD = 'mentorbridge-demo';

/** The documented demo sign-ins, one per role (printed on start-up and in the README). */
export const DEMO_ACCOUNTS: readonly { role: Role; email: string; displayName: string }[] = [
  { role: 'admin', email: `hr@${DEMO_DOMAIN}`, displayName: 'Hana Reyes' },
  { role: 'mentor', email: `mentor@${DEMO_DOMAIN}`, displayName: 'Marcus Oyelaran' },
  { role: 'mentee', email: `mentee@${DEMO_DOMAIN}`, displayName: 'Mia Tanaka' },
  { role: 'executive', email: `exec@${DEMO_DOMAIN}`, displayName: 'Eleanor Marsh' },
];

const LOCATIONS = [
  { name: 'Berlin', timeZone: 'Europe/Berlin', languages: ['German'] },
  { name: 'London', timeZone: 'Europe/London', languages: [] },
  { name: 'Lisbon', timeZone: 'Europe/Lisbon', languages: ['Portuguese'] },
  { name: 'New York', timeZone: 'America/New_York', languages: ['Spanish'] },
  { name: 'Toronto', timeZone: 'America/Toronto', languages: ['French'] },
  { name: 'Singapore', timeZone: 'Asia/Singapore', languages: ['Mandarin', 'Malay'] },
] as const;

const EXTRA_LANGUAGES = ['Spanish', 'French', 'Hindi', 'Arabic', 'Italian', 'Polish', 'Japanese'];

const DEPARTMENTS: readonly {
  name: string;
  size: number;
  head: string;
  manager: string;
  titles: Record<1 | 2 | 3 | 4, string>;
}[] = [
  {
    name: 'Engineering',
    size: 44,
    head: 'VP Engineering',
    manager: 'Engineering Manager',
    titles: {
      1: 'Junior Software Engineer',
      2: 'Software Engineer',
      3: 'Senior Software Engineer',
      4: 'Staff Engineer',
    },
  },
  {
    name: 'Product',
    size: 16,
    head: 'VP Product',
    manager: 'Group Product Manager',
    titles: {
      1: 'Associate Product Manager',
      2: 'Product Manager',
      3: 'Senior Product Manager',
      4: 'Principal Product Manager',
    },
  },
  {
    name: 'Design',
    size: 12,
    head: 'Head of Design',
    manager: 'Design Manager',
    titles: {
      1: 'Junior Designer',
      2: 'Product Designer',
      3: 'Senior Product Designer',
      4: 'Principal Designer',
    },
  },
  {
    name: 'Data',
    size: 14,
    head: 'Head of Data',
    manager: 'Analytics Manager',
    titles: {
      1: 'Junior Data Analyst',
      2: 'Data Analyst',
      3: 'Senior Data Scientist',
      4: 'Lead Data Scientist',
    },
  },
  {
    name: 'Sales',
    size: 26,
    head: 'VP Sales',
    manager: 'Sales Manager',
    titles: {
      1: 'Sales Development Rep',
      2: 'Account Executive',
      3: 'Senior Account Executive',
      4: 'Enterprise Sales Lead',
    },
  },
  {
    name: 'Marketing',
    size: 16,
    head: 'VP Marketing',
    manager: 'Marketing Manager',
    titles: {
      1: 'Marketing Coordinator',
      2: 'Marketing Specialist',
      3: 'Senior Marketing Manager',
      4: 'Brand Lead',
    },
  },
  {
    name: 'Customer Success',
    size: 22,
    head: 'VP Customer Success',
    manager: 'Customer Success Manager',
    titles: {
      1: 'Support Specialist',
      2: 'Customer Success Associate',
      3: 'Senior Customer Success Manager',
      4: 'Support Lead',
    },
  },
  {
    name: 'Finance',
    size: 14,
    head: 'VP Finance',
    manager: 'Finance Manager',
    titles: {
      1: 'Finance Assistant',
      2: 'Financial Analyst',
      3: 'Senior Financial Analyst',
      4: 'Controller',
    },
  },
  {
    name: 'People & Culture',
    size: 14,
    head: 'Chief People Officer',
    manager: 'People Partner Lead',
    titles: {
      1: 'People Coordinator',
      2: 'People Partner',
      3: 'Senior People Partner',
      4: 'Talent Development Lead',
    },
  },
  {
    name: 'Operations',
    size: 16,
    head: 'VP Operations',
    manager: 'Operations Manager',
    titles: {
      1: 'Operations Associate',
      2: 'Operations Analyst',
      3: 'Senior Operations Analyst',
      4: 'Operations Lead',
    },
  },
];

const FIRST_NAMES = [
  'Aisha',
  'Alejandro',
  'Amara',
  'Anders',
  'Ananya',
  'Beatriz',
  'Bilal',
  'Camille',
  'Chen',
  'Chiara',
  'Daniel',
  'Dara',
  'Diego',
  'Elif',
  'Emeka',
  'Emma',
  'Farah',
  'Felix',
  'Freya',
  'Gabriel',
  'Grace',
  'Hamza',
  'Hannah',
  'Hiroshi',
  'Ines',
  'Isaac',
  'Ivana',
  'Jamal',
  'Jana',
  'Javier',
  'Jin',
  'Joao',
  'Julia',
  'Kai',
  'Karan',
  'Katarzyna',
  'Kemi',
  'Lars',
  'Layla',
  'Leon',
  'Lucia',
  'Luis',
  'Maya',
  'Mateo',
  'Mei',
  'Mohammed',
  'Nadia',
  'Niamh',
  'Nikhil',
  'Noah',
  'Nora',
  'Oliver',
  'Omar',
  'Priya',
  'Rafael',
  'Ravi',
  'Rosa',
  'Sakura',
  'Samuel',
  'Sara',
  'Sebastian',
  'Sofia',
  'Tariq',
  'Thabo',
  'Theo',
  'Tomasz',
  'Valentina',
  'Wei',
  'Yara',
  'Yusuf',
  'Zainab',
  'Zoe',
];
const LAST_NAMES = [
  'Abara',
  'Andersson',
  'Bakker',
  'Banerjee',
  'Becker',
  'Bianchi',
  'Campbell',
  'Chowdhury',
  'Costa',
  'Dubois',
  'Eze',
  'Fernandes',
  'Fischer',
  'Garcia',
  'Gupta',
  'Haddad',
  'Hansen',
  'Ibrahim',
  'Ito',
  'Jansen',
  'Kaur',
  'Khan',
  'Kim',
  'Kowalski',
  'Larsen',
  'Lee',
  'Lindqvist',
  'Lopez',
  'Mendes',
  'Meyer',
  'Morales',
  'Nakamura',
  'Nguyen',
  'Novak',
  "O'Brien",
  'Okafor',
  'Oliveira',
  'Patel',
  'Petrov',
  'Quinn',
  'Rahman',
  'Rossi',
  'Santos',
  'Schmidt',
  'Silva',
  'Singh',
  'Suzuki',
  'Tan',
  'Torres',
  'Varga',
  'Wagner',
  'Walsh',
  'Wang',
  'Weber',
  'Williams',
  'Yilmaz',
  'Zhang',
];

/**
 * Builds a believable organisation of about 200 people across ten departments with a real
 * reporting line (CEO → department heads → managers → individual contributors). Deterministic:
 * the same seed always yields the same people.
 */
export function buildDemoOrganisation(seed = 20261125): DemoPerson[] {
  const random = createRandom(seed);
  const people: DemoPerson[] = [];
  const usedEmails = new Set(DEMO_ACCOUNTS.map((a) => a.email));
  const usedNames = new Set<string>();

  const person = (
    fields: Omit<
      DemoPerson,
      'email' | 'displayName' | 'timeZone' | 'languages' | 'location' | 'roles'
    > & {
      displayName?: string;
      email?: string;
      location?: (typeof LOCATIONS)[number];
      roles?: Role[];
    },
  ): DemoPerson => {
    const location = fields.location ?? random.pick(LOCATIONS);
    const displayName = fields.displayName ?? uniqueName(random, usedNames);
    usedNames.add(displayName);
    const email = fields.email ?? uniqueEmail(displayName, usedEmails);
    const created: DemoPerson = {
      key: fields.key,
      email,
      displayName,
      department: fields.department,
      title: fields.title,
      location: location.name,
      timeZone: location.timeZone,
      languages: languagesFor(random, location.languages),
      seniorityLevel: fields.seniorityLevel,
      managerKey: fields.managerKey,
      roles: fields.roles ?? [],
    };
    people.push(created);
    return created;
  };

  const berlin = LOCATIONS[0];
  const london = LOCATIONS[1];
  const ceo = person({
    key: 'ceo',
    displayName: 'Jonas Whitfield',
    department: 'Executive Office',
    title: 'Chief Executive Officer',
    seniorityLevel: 6,
    managerKey: null,
    location: london,
    roles: ['executive'],
  });
  const coo = person({
    key: 'coo',
    displayName: 'Eleanor Marsh',
    email: `exec@${DEMO_DOMAIN}`,
    department: 'Executive Office',
    title: 'Chief Operating Officer',
    seniorityLevel: 6,
    managerKey: ceo.key,
    location: london,
    roles: ['executive'],
  });

  for (const department of DEPARTMENTS) {
    const reportsTo = ['Sales', 'Marketing', 'Customer Success', 'Operations'].includes(
      department.name,
    )
      ? coo
      : ceo;
    const head = person({
      key: `${department.name}:head`,
      department: department.name,
      title: department.head,
      seniorityLevel: 5,
      managerKey: reportsTo.key,
      roles: ['mentor'],
    });
    const managerCount = department.size > 30 ? 3 : 2;
    const managers = Array.from({ length: managerCount }, (_, i) =>
      person({
        key: `${department.name}:manager:${i}`,
        department: department.name,
        title: department.manager,
        seniorityLevel: 4,
        managerKey: head.key,
        roles: random.chance(0.6) ? ['mentor'] : [],
      }),
    );
    if (department.name === 'People & Culture') {
      person({
        key: 'hr-lead',
        displayName: 'Hana Reyes',
        email: `hr@${DEMO_DOMAIN}`,
        department: department.name,
        title: 'Head of Learning & Mentoring',
        seniorityLevel: 4,
        managerKey: head.key,
        location: berlin,
        roles: ['admin'],
      });
      head.roles = ['admin', 'executive'];
    }
    if (department.name === 'Engineering') {
      person({
        key: 'demo-mentor',
        displayName: 'Marcus Oyelaran',
        email: `mentor@${DEMO_DOMAIN}`,
        department: department.name,
        title: 'Principal Engineer',
        seniorityLevel: 4,
        managerKey: managers[0].key,
        location: berlin,
        roles: ['mentor'],
      });
      person({
        key: 'demo-mentee',
        displayName: 'Mia Tanaka',
        email: `mentee@${DEMO_DOMAIN}`,
        department: department.name,
        title: 'Software Engineer',
        seniorityLevel: 2,
        managerKey: managers[1].key,
        location: berlin,
        roles: ['mentee'],
      });
    }
    const remaining =
      department.size -
      1 -
      managerCount -
      (department.name === 'Engineering' ? 2 : 0) -
      (department.name === 'People & Culture' ? 1 : 0);
    for (let i = 0; i < remaining; i++) {
      const level = random.pick([1, 1, 2, 2, 2, 3, 3, 3, 4] as const);
      const roles: Role[] =
        level >= 3 && random.chance(0.35)
          ? ['mentor']
          : level <= 2 && random.chance(0.45)
            ? ['mentee']
            : [];
      person({
        key: `${department.name}:ic:${i}`,
        department: department.name,
        title: department.titles[level],
        seniorityLevel: level,
        managerKey: managers[i % managers.length].key,
        roles,
      });
    }
  }
  return people;
}

function uniqueName(random: Random, used: Set<string>): string {
  for (;;) {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    if (!used.has(name)) return name;
  }
}

function uniqueEmail(displayName: string, used: Set<string>): string {
  const base = displayName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
  let email = `${base}@${DEMO_DOMAIN}`;
  for (let n = 2; used.has(email); n++) email = `${base}${n}@${DEMO_DOMAIN}`;
  used.add(email);
  return email;
}

function languagesFor(random: Random, local: readonly string[]): string[] {
  const languages = ['English', ...local.filter(() => random.chance(0.8))];
  if (random.chance(0.3))
    languages.push(random.pick(EXTRA_LANGUAGES.filter((l) => !languages.includes(l))));
  return languages;
}
