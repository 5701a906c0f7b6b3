import {
  ApplicantProfile,
  EligibilityCheck,
  EligibilityRule,
  SENIORITY_LABELS,
  SeniorityLevel,
} from '@mentorbridge/shared-contracts';

/** Checks a directory profile against a program's eligibility rule for one role. */
export function checkEligibility(
  rule: EligibilityRule,
  profile: ApplicantProfile,
): EligibilityCheck {
  const reasons: string[] = [];
  const level = profile.seniorityLevel;
  const label = (l: SeniorityLevel) => `${SENIORITY_LABELS[l]} (level ${l})`;
  if (rule.minSeniority !== null && (level === null || level < rule.minSeniority)) {
    reasons.push(
      `This role needs seniority ${label(rule.minSeniority)} or above; your directory profile says ${level ? label(level) : 'no seniority'}.`,
    );
  }
  if (rule.maxSeniority !== null && level !== null && level > rule.maxSeniority) {
    reasons.push(
      `This role is for seniority up to ${label(rule.maxSeniority)}; your directory profile says ${label(level)}.`,
    );
  }
  if (
    rule.departments.length > 0 &&
    (!profile.department || !rule.departments.includes(profile.department))
  ) {
    reasons.push(
      `This role is open to ${rule.departments.join(', ')}; your directory profile says ${profile.department ?? 'no department'}.`,
    );
  }
  if (rule.requireManager && !profile.manager) {
    reasons.push(
      'Your directory profile has no manager recorded; ask HR to add it (matching needs your reporting line).',
    );
  }
  return { eligible: reasons.length === 0, reasons };
}
