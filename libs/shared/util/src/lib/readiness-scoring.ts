import {
  DimensionScore,
  ItemScore,
  READINESS_DIMENSION_LABELS,
  READINESS_DIMENSIONS,
  ReadinessBand,
  ReadinessDimension,
  ReadinessResult,
  ReadinessThresholds,
  Recommendation,
  RespondentRole,
} from '@mentorbridge/shared-contracts';

export interface ScoringItem {
  id: string;
  dimension: ReadinessDimension;
  text: string;
  recommendation: string;
}

export interface ScoringAnswer {
  itemId: string;
  respondentId: string;
  role: RespondentRole;
  /** 1–5, or null for "don't know". */
  score: number | null;
}

const BANDS_HIGH_TO_LOW = ['exemplary', 'strong', 'ready'] as const;
/** Two or more points apart on the 1–5 scale counts as disagreement. */
export const DISAGREEMENT_SPREAD = 2;

/**
 * Scores a readiness assessment.
 *
 * - An answer a on the 1–5 scale is worth (a − 1) / 4 × 100 %, so 1 → 0 %, 3 → 50 %, 5 → 100 %.
 *   An item scores the mean of its answers; "don't know" (null) answers are left out.
 * - A dimension scores the mean of its answered items; with no answered item it has no score.
 * - Overall is the mean of the dimensions that have a score (each dimension weighs the same,
 *   however many items it has).
 * - A band is reached when overall ≥ its overall threshold AND every dimension of the bank has a
 *   score ≥ its minimum; a dimension without answers blocks every band. Thresholds are inclusive
 *   (exactly 70 % reaches 70 %).
 * - An item scoring below the "ready" minimum is weak and yields its recommendation.
 */
export function scoreReadiness(
  items: readonly ScoringItem[],
  answers: readonly ScoringAnswer[],
  thresholds: ReadinessThresholds,
): ReadinessResult {
  const itemScores = items.map((item) => scoreItem(item, answers));
  const dimensions = READINESS_DIMENSIONS.filter((d) => items.some((i) => i.dimension === d));
  const dimensionScores: DimensionScore[] = dimensions.map((dimension) => {
    const scored = itemScores.filter((i) => i.dimension === dimension && i.score !== null);
    const score = scored.length ? mean(scored.map((i) => i.score as number)) : null;
    return {
      dimension,
      score: round1(score),
      answeredItems: scored.length,
      totalItems: itemScores.filter((i) => i.dimension === dimension).length,
      meetsMinimumFor: {
        ready: reaches(score, thresholds.ready.minimum),
        strong: reaches(score, thresholds.strong.minimum),
        exemplary: reaches(score, thresholds.exemplary.minimum),
      },
    };
  });
  const scoredDimensions = dimensionScores.filter((d) => d.score !== null);
  const overallExact = scoredDimensions.length
    ? mean(
        dimensions
          .map((d) => exactDimensionScore(d, itemScores))
          .filter((s): s is number => s !== null),
      )
    : null;

  const band =
    BANDS_HIGH_TO_LOW.find(
      (b) =>
        reaches(overallExact, thresholds[b].overall) &&
        dimensionScores.every((d) => d.meetsMinimumFor[b]),
    ) ?? 'not_ready';

  const recommendations: Recommendation[] = itemScores
    .filter((i) => i.score !== null && !reaches(i.exactScore, thresholds.ready.minimum))
    .sort((a, b) => (a.exactScore as number) - (b.exactScore as number))
    .map((i) => ({
      itemId: i.itemId,
      dimension: i.dimension,
      itemText: i.text,
      score: i.score as number,
      recommendation: items.find((it) => it.id === i.itemId)?.recommendation ?? '',
    }));

  return {
    overall: round1(overallExact),
    band,
    bandExplanation: explainBand(band, overallExact, dimensionScores, thresholds),
    dimensions: dimensionScores,
    items: itemScores.map(({ exactScore: _exact, ...rest }) => rest),
    recommendations,
    respondentsAnswered: new Set(answers.filter((a) => a.score !== null).map((a) => a.respondentId))
      .size,
  };
}

type ExactItemScore = ItemScore & { exactScore: number | null };

function scoreItem(item: ScoringItem, answers: readonly ScoringAnswer[]): ExactItemScore {
  const given = answers.filter((a) => a.itemId === item.id && a.score !== null);
  const values = given.map((a) => a.score as number);
  const itemMean = values.length ? mean(values) : null;
  const exactScore = itemMean === null ? null : ((itemMean - 1) / 4) * 100;
  const roles = [...new Set(given.map((a) => a.role))];
  return {
    itemId: item.id,
    dimension: item.dimension,
    text: item.text,
    score: round1(exactScore),
    exactScore,
    mean: itemMean === null ? null : Math.round(itemMean * 100) / 100,
    answers: values.length,
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    disagreement:
      values.length > 1 && Math.max(...values) - Math.min(...values) >= DISAGREEMENT_SPREAD,
    byRole: roles.map((role) => {
      const own = given.filter((a) => a.role === role).map((a) => a.score as number);
      return { role, mean: Math.round(mean(own) * 100) / 100, answers: own.length };
    }),
  };
}

function exactDimensionScore(
  dimension: ReadinessDimension,
  items: ExactItemScore[],
): number | null {
  const scored = items.filter((i) => i.dimension === dimension && i.exactScore !== null);
  return scored.length ? mean(scored.map((i) => i.exactScore as number)) : null;
}

function explainBand(
  band: ReadinessBand,
  overall: number | null,
  dimensions: DimensionScore[],
  thresholds: ReadinessThresholds,
): string {
  if (band === 'exemplary') return 'Every band is reached.';
  const next = band === 'not_ready' ? 'ready' : band === 'ready' ? 'strong' : 'exemplary';
  const { overall: needOverall, minimum } = thresholds[next];
  const reasons: string[] = [];
  if (overall === null) reasons.push('nobody has answered yet');
  else if (!reaches(overall, needOverall)) {
    reasons.push(`overall is ${format(overall)}, below ${needOverall}%`);
  }
  for (const d of dimensions) {
    const label = READINESS_DIMENSION_LABELS[d.dimension];
    if (d.score === null) reasons.push(`${label} has no answers yet`);
    else if (!d.meetsMinimumFor[next])
      reasons.push(`${label} is ${format(d.score)}, below ${minimum}%`);
  }
  const target = next === 'ready' ? 'Ready' : next === 'strong' ? 'Strong' : 'Exemplary';
  return `${target} needs ${needOverall}% overall and every dimension at ${minimum}% or more: ${reasons.join('; ')}.`;
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Inclusive comparison that forgives floating-point noise (69.99999999 reaches 70). */
function reaches(value: number | null, threshold: number): boolean {
  return value !== null && value + 1e-9 >= threshold;
}

function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

function format(value: number): string {
  return `${(Math.round(value * 10) / 10).toFixed(1)}%`;
}
