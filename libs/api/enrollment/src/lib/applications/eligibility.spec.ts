import type { ApplicantProfile } from '@mentorbridge/shared-contracts';
import { checkEligibility } from './eligibility';

const profile = (overrides: Partial<ApplicantProfile> = {}): ApplicantProfile => ({
  department: 'Engineering',
  title: 'Engineer',
  location: 'Berlin',
  seniorityLevel: 2,
  manager: { id: 'm', displayName: 'Manager', email: 'm@x.example' },
  languages: ['English'],
  timeZone: 'Europe/Berlin',
  ...overrides,
});
const anyone = { minSeniority: null, maxSeniority: null, departments: [], requireManager: false };

describe('checkEligibility', () => {
  it('lets anyone in when the rule is open', () => {
    expect(checkEligibility(anyone, profile({ manager: null, seniorityLevel: null }))).toEqual({
      eligible: true,
      reasons: [],
    });
  });

  it('explains a seniority below the minimum in the words of the directory', () => {
    const result = checkEligibility({ ...anyone, minSeniority: 3 }, profile({ seniorityLevel: 2 }));
    expect(result).toEqual({
      eligible: false,
      reasons: [
        'This role needs seniority Senior (level 3) or above; your directory profile says Professional (level 2).',
      ],
    });
  });

  it('counts a missing seniority as below any minimum', () => {
    expect(
      checkEligibility({ ...anyone, minSeniority: 1 }, profile({ seniorityLevel: null })).eligible,
    ).toBe(false);
  });

  it('lists every unmet condition at once', () => {
    const result = checkEligibility(
      {
        minSeniority: null,
        maxSeniority: 2,
        departments: ['Sales', 'Marketing'],
        requireManager: true,
      },
      profile({ seniorityLevel: 4, manager: null }),
    );
    expect(result.reasons).toHaveLength(3);
    expect(result.reasons[1]).toBe(
      'This role is open to Sales, Marketing; your directory profile says Engineering.',
    );
  });
});
