import {
  ConformanceBand,
  HEALTH_WEIGHTS,
  MetricKey,
  RiskReason,
} from '@mentorbridge/shared-contracts';

/** Raw, unsuppressed figures of one cohort (for a period), as the queries return them. */
export interface CohortFacts {
  invited: number;
  applied: number;
  approved: number;
  matched: number;
  approvedMentees: number;
  matchedMentees: number;
  medianDaysToMatch: number | null;
  /** Pairs active today and the distinct people in them. */
  activePairs: number;
  activePeople: number;
  /** Pairs active on at least one day of the period, and their people. */
  everActivePairs: number;
  everActivePeople: number;
  /** Sum over pairs of the months (fractional) each was active in the period. */
  pairMonths: number;
  sessionsHeld: number;
  noShowMentor: number;
  noShowMentee: number;
  /** Active pairs (older than the cadence) that met it, out of `cadencePairs`. */
  cadenceMet: number;
  cadencePairs: number;
  medianDaysSinceContact: number | null;
  /** Latest answer per respondent (pulse or exit survey), 1–5: counts per score. */
  satisfactionBins: [number, number, number, number, number];
  /** Latest "would you recommend" (0–10) per exit-survey respondent. */
  promoters: number;
  passives: number;
  detractors: number;
  goalProgressAvg: number | null;
  goalMentees: number;
  attainment: { achieved: number; partly: number; not: number };
  attainmentMentees: number;
  checkInsOnTime: number;
  checkInPairs: number;
  endedPlanned: number;
  endedEarly: number;
  endedDocumented: number;
  endedPeople: number;
  /** Pairs that ever became active (for the early-closure rate), and their people. */
  startedPairs: number;
  startedPeople: number;
  atRiskPairs: number;
  risks: Partial<Record<RiskReason, number>>;
}

export interface MetricFigure {
  value: number | null;
  /** Distinct people the figure is about. */
  base: number;
  /**
   * For a share of people: the people counted and the people it is a share of. A share whose
   * counted people (or the rest) are a small group would give that group's size away.
   */
  parts?: [number, number];
}

const pct = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((1000 * part) / whole) / 10 : null;
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function satisfactionAverage(bins: readonly number[]): number | null {
  const n = bins.reduce((a, b) => a + b, 0);
  if (!n) return null;
  return Math.round((100 * bins.reduce((sum, count, i) => sum + count * (i + 1), 0)) / n) / 100;
}

export function conformanceOf(parts: (number | null)[]): {
  score: number | null;
  band: ConformanceBand | null;
} {
  const known = parts.filter((p): p is number => p !== null);
  if (!known.length) return { score: null, band: null };
  const score = Math.round((10 * known.reduce((a, b) => a + b, 0)) / known.length) / 10;
  const lowest = Math.min(...known);
  const band: ConformanceBand =
    score >= 90 && lowest >= 80
      ? 'excellent'
      : score >= 80 && lowest >= 70
        ? 'good'
        : score >= 70 && lowest >= 60
          ? 'meets'
          : 'below';
  return { score, band };
}

/** The composite health score (see HEALTH_FORMULA); null without any part. */
export function healthOf(parts: {
  cadenceMet: number | null;
  satisfaction: number | null;
  matchRate: number | null;
  conformance: number | null;
  atRiskShare: number | null;
}): number | null {
  const components: [number, number | null][] = [
    [HEALTH_WEIGHTS.cadenceMet, parts.cadenceMet],
    [
      HEALTH_WEIGHTS.satisfaction,
      parts.satisfaction === null ? null : ((parts.satisfaction - 1) / 4) * 100,
    ],
    [
      HEALTH_WEIGHTS.matchRate,
      parts.matchRate === null ? null : Math.min(parts.matchRate / 70, 1) * 100,
    ],
    [HEALTH_WEIGHTS.conformance, parts.conformance],
    [HEALTH_WEIGHTS.notAtRisk, parts.atRiskShare === null ? null : 100 - parts.atRiskShare],
  ];
  const known = components.filter((c): c is [number, number] => c[1] !== null);
  const weight = known.reduce((sum, [w]) => sum + w, 0);
  if (!weight) return null;
  return Math.round(known.reduce((sum, [w, v]) => sum + w * v, 0) / weight);
}

/**
 * Every metric of a cohort from its facts (unsuppressed), with the people each is about. The
 * health score uses satisfaction only when at least `k` people answered, for everyone alike: a
 * composite must not let an executive work out an average that is itself suppressed.
 */
export function computeMetrics(f: CohortFacts, k: number): Record<MetricKey, MetricFigure> {
  const due = f.sessionsHeld + f.noShowMentor + f.noShowMentee;
  const respondents = f.satisfactionBins.reduce((a, b) => a + b, 0);
  const npsBase = f.promoters + f.passives + f.detractors;
  const assessed = f.attainment.achieved + f.attainment.partly + f.attainment.not;
  const ended = f.endedPlanned + f.endedEarly;
  const matchRate = pct(f.matchedMentees, f.approvedMentees);
  const cadenceMet = pct(f.cadenceMet, f.cadencePairs);
  const checkInsOnTime = pct(f.checkInsOnTime, f.checkInPairs);
  const reachedPlannedDuration = pct(f.endedPlanned, ended);
  const closuresDocumented = pct(f.endedDocumented, ended);
  const conformance = conformanceOf([checkInsOnTime, reachedPlannedDuration, closuresDocumented]);
  const satisfaction = satisfactionAverage(f.satisfactionBins);
  const atRiskShare = pct(f.atRiskPairs, f.activePairs);
  const figure = (value: number | null, base: number): MetricFigure => ({ value, base });
  /** A share of pairs, in people (two per pair). */
  const share = (value: number | null, pairs: number, of: number): MetricFigure => ({
    value,
    base: 2 * of,
    parts: [2 * pairs, 2 * of],
  });
  return {
    invited: figure(f.invited, f.invited),
    applied: figure(f.applied, f.applied),
    approved: figure(f.approved, f.approved),
    matched: figure(f.matched, f.matched),
    matchRate: {
      value: matchRate,
      base: f.approvedMentees,
      parts: [f.matchedMentees, f.approvedMentees],
    },
    medianDaysToMatch: figure(f.medianDaysToMatch, f.matchedMentees),
    activeMatches: figure(f.activePairs, f.activePeople),
    everActiveMatches: figure(f.everActivePairs, f.everActivePeople),
    sessionsPerMatchMonth: figure(
      f.pairMonths > 0 ? round1(f.sessionsHeld / f.pairMonths) : null,
      f.everActivePeople,
    ),
    cadenceMet: share(cadenceMet, f.cadenceMet, f.cadencePairs),
    attendanceRate: figure(pct(f.sessionsHeld, due), f.everActivePeople),
    noShowRateMentor: figure(pct(f.noShowMentor, due), f.everActivePeople),
    noShowRateMentee: figure(pct(f.noShowMentee, due), f.everActivePeople),
    medianDaysSinceContact: figure(f.medianDaysSinceContact, f.activePeople),
    satisfaction: figure(satisfaction, respondents),
    nps: figure(
      npsBase ? Math.round((100 * (f.promoters - f.detractors)) / npsBase) : null,
      npsBase,
    ),
    goalProgress: figure(round1(f.goalProgressAvg), f.goalMentees),
    goalsAchieved: figure(
      assessed
        ? Math.round((1000 * (f.attainment.achieved + f.attainment.partly / 2)) / assessed) / 10
        : null,
      f.attainmentMentees,
    ),
    checkInsOnTime: share(checkInsOnTime, f.checkInsOnTime, f.checkInPairs),
    reachedPlannedDuration: share(reachedPlannedDuration, f.endedPlanned, ended),
    closuresDocumented: share(closuresDocumented, f.endedDocumented, ended),
    conformance: figure(conformance.score, f.startedPeople),
    atRiskShare: share(atRiskShare, f.atRiskPairs, f.activePairs),
    earlyClosureRate: share(pct(f.endedEarly, f.startedPairs), f.endedEarly, f.startedPairs),
    // No health before the first pair starts: a cohort still matching is not "0 % healthy".
    health: figure(
      f.startedPairs === 0
        ? null
        : healthOf({
            cadenceMet,
            satisfaction: respondents >= k ? satisfaction : null,
            matchRate,
            conformance: conformance.score,
            atRiskShare,
          }),
      f.startedPeople,
    ),
  };
}
