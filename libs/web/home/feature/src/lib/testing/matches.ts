/** Test data only: used by specs, never exported from the library. */
import { CriterionScore, MatchPersonView, MatchView } from '@mentorbridge/shared-contracts';

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

export const MENTORS = {
  mo: person('mentor-mo', 'Mo Ali', { title: 'Head of Sales', department: 'Sales' }),
  lin: person('mentor-lin', 'Lin Chen', { title: 'Engineering manager' }),
};

export const MENTEES = {
  ana: person('mentee-ana', 'Ana Silva', { title: 'Software engineer', seniorityLevel: 2 }),
  ben: person('mentee-ben', 'Ben Okafor', { title: 'Account executive', department: 'Sales' }),
  cleo: person('mentee-cleo', 'Cleo Duarte', { title: 'Analyst', department: 'Finance' }),
};

export function criteria(skills = 30, availability = 20, avoid = 0): CriterionScore[] {
  return [
    {
      criterion: 'skills',
      value: 0.67,
      weight: 5,
      points: skills,
      explanation: '2 of 3 target skills: Negotiation, Leadership',
    },
    {
      criterion: 'availability',
      value: 0.8,
      weight: 3,
      points: availability,
      explanation: 'Two common weekly slots',
    },
    { criterion: 'language', value: 1, weight: 2, points: 10, explanation: 'Both speak English' },
    {
      criterion: 'avoid_topics',
      value: avoid ? -0.5 : 0,
      weight: 4,
      points: avoid,
      explanation: avoid ? 'Mentor would rather not mentor on Negotiation' : 'No no-go topics',
    },
  ];
}

/** A proposed match in Growth Circles · Spring 2027, seen by the mentee (Ben) unless told. */
export function match(overrides: Partial<MatchView> = {}): MatchView {
  return {
    id: 'match-1',
    cohortId: 'c1',
    cohortName: 'Spring 2027',
    programName: 'Growth Circles',
    state: 'proposed',
    mentor: MENTORS.mo,
    mentee: MENTEES.ben,
    mentorResponse: 'pending',
    menteeResponse: 'pending',
    score: 71.5,
    criteria: criteria(),
    proposedAt: '2027-04-02T09:00:00Z',
    respondBy: '2027-04-09T09:00:00Z',
    activatedAt: null,
    plannedEnd: null,
    endedAt: null,
    declineReason: null,
    mySide: 'mentee',
    ...overrides,
  };
}
