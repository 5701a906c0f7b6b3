/** Test data only: used by the mentee-choice specs, never exported from the library. */
import {
  CriterionScore,
  CurrentUser,
  MatchPersonView,
  MentorRequestView,
  ShortlistEntryView,
  ShortlistView,
} from '@mentorbridge/shared-contracts';

export function person(
  userId: string,
  displayName: string,
  overrides: Partial<MatchPersonView> = {},
): MatchPersonView {
  return {
    userId,
    displayName,
    department: 'Engineering',
    title: 'Engineer',
    seniorityLevel: 3,
    ...overrides,
  };
}

export const MO = person('mentor-mo', 'Mo Ali', { title: 'Head of Sales', department: 'Sales' });
export const LIN = person('mentor-lin', 'Lin Chen', { title: 'Engineering manager' });
export const KAI = person('mentor-kai', 'Kai Berg', {
  title: 'Finance lead',
  department: 'Finance',
});
export const BEN = person('mentee-ben', 'Ben Okafor', {
  title: 'Account executive',
  department: 'Sales',
});
export const ANA = person('mentee-ana', 'Ana Silva', { title: 'Software engineer' });

export function user(person: MatchPersonView, roles: CurrentUser['roles']): CurrentUser {
  return {
    id: person.userId,
    email: `${person.userId}@example.org`,
    displayName: person.displayName,
    roles,
    grants: [],
    permissions: [],
    orgPermissions: [],
    homeRoute: roles.includes('mentor') ? 'mentor' : 'mentee',
  };
}

/** Four reasons with points, one penalty: the top three are skills, availability, language. */
export function criteria(skills = 30, availability = 20): CriterionScore[] {
  return [
    {
      criterion: 'language',
      value: 1,
      weight: 2,
      points: 10,
      explanation: 'Both speak English',
    },
    {
      criterion: 'skills',
      value: 0.67,
      weight: 5,
      points: skills,
      explanation: '2 of 3 target skills: Negotiation, Leadership',
    },
    {
      criterion: 'location',
      value: 0.4,
      weight: 1,
      points: 4,
      explanation: 'Time zones 2 h apart',
    },
    {
      criterion: 'availability',
      value: 0.8,
      weight: 3,
      points: availability,
      explanation: 'Two common weekly slots',
    },
    {
      criterion: 'avoid_topics',
      value: -0.5,
      weight: 4,
      points: -8,
      explanation: 'Mentor would rather not mentor on Negotiation',
    },
  ];
}

export function entry(
  rank: number,
  mentor: MatchPersonView,
  score: number,
  overrides: Partial<ShortlistEntryView> = {},
): ShortlistEntryView {
  return {
    rank,
    mentor,
    score,
    criteria: criteria(),
    available: true,
    request: null,
    ...overrides,
  };
}

/** Ben's shortlist in Growth Circles · Spring 2027 (entries deliberately out of rank order). */
export function shortlist(overrides: Partial<ShortlistView> = {}): ShortlistView {
  return {
    cohortId: 'c1',
    cohortName: 'Spring 2027',
    programName: 'Growth Circles',
    generatedAt: '2027-04-01T09:00:00Z',
    requestExpiryDays: 7,
    matched: false,
    entries: [entry(2, LIN, 64.2), entry(1, MO, 71.6), entry(3, KAI, 40)],
    ...overrides,
  };
}

/** Ben asks Mo, unless told otherwise. */
export function mentorRequest(overrides: Partial<MentorRequestView> = {}): MentorRequestView {
  return {
    id: 'q1',
    cohortId: 'c1',
    cohortName: 'Spring 2027',
    programName: 'Growth Circles',
    state: 'open',
    mentor: MO,
    mentee: BEN,
    message: null,
    score: 71.6,
    criteria: criteria(),
    createdAt: '2027-04-02T09:00:00Z',
    expiresAt: '2027-04-09T09:00:00Z',
    respondedAt: null,
    closedReason: null,
    matchId: null,
    ...overrides,
  };
}
