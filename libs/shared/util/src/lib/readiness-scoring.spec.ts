import { DEFAULT_READINESS_THRESHOLDS, ReadinessDimension } from '@mentorbridge/shared-contracts';
import { ScoringAnswer, ScoringItem, scoreReadiness } from './readiness-scoring';

const item = (id: string, dimension: ReadinessDimension): ScoringItem => ({
  id,
  dimension,
  text: `Item ${id}`,
  recommendation: `Fix ${id}`,
});
const BANK = [
  item('s1', 'structural'),
  item('c1', 'cultural'),
  item('f1', 'financial'),
  item('p1', 'purpose'),
];
const PEOPLE = ['hr', 'sponsor', 'mgr1', 'mgr2', 'mgr3'];

/** Five respondents answering one item. */
const answersFor = (itemId: string, scores: (number | null)[]): ScoringAnswer[] =>
  scores.map((score, i) => ({
    itemId,
    respondentId: PEOPLE[i],
    role: i === 0 ? 'hr' : i === 1 ? 'sponsor' : 'manager',
    score,
  }));

const score = (answers: ScoringAnswer[], items = BANK) =>
  scoreReadiness(items, answers, DEFAULT_READINESS_THRESHOLDS);

describe('scoreReadiness', () => {
  it('reaches "ready" exactly on the thresholds (70% overall, every dimension 60%)', () => {
    // structural: 3,3,4,4,3 → mean 3.4 → (3.4 − 1) / 4 × 100 = 60 %
    // cultural:   4,4,4,5,4 → mean 4.2 → (4.2 − 1) / 4 × 100 = 80 %
    // financial:  3,3,4,4,3 → 60 %      purpose: 4,4,4,5,4 → 80 %
    // overall = (60 + 80 + 60 + 80) / 4 = 70 % → ready (thresholds are inclusive); strong needs 80/70.
    const result = score([
      ...answersFor('s1', [3, 3, 4, 4, 3]),
      ...answersFor('c1', [4, 4, 4, 5, 4]),
      ...answersFor('f1', [3, 3, 4, 4, 3]),
      ...answersFor('p1', [4, 4, 4, 5, 4]),
    ]);
    expect(result.overall).toBe(70);
    expect(result.dimensions.map((d) => d.score)).toEqual([60, 80, 60, 80]);
    expect(result.band).toBe('ready');
    expect(result.bandExplanation).toBe(
      'Strong needs 80% overall and every dimension at 70% or more: overall is 70.0%, below 80%; ' +
        'Structural is 60.0%, below 70%; Financial is 60.0%, below 70%.',
    );
    // Items at exactly 60 % are not weak.
    expect(result.recommendations).toEqual([]);
  });

  it('lets a single failing dimension block "ready" however high the overall score', () => {
    // structural, cultural, purpose: all 5 → 100 %; financial: 3,3,3,4,3 → mean 3.2 → 55 %
    // overall = (100 + 100 + 55 + 100) / 4 = 88.75 % ≥ 70, but financial 55 % < 60 % → not ready.
    const result = score([
      ...answersFor('s1', [5, 5, 5, 5, 5]),
      ...answersFor('c1', [5, 5, 5, 5, 5]),
      ...answersFor('f1', [3, 3, 3, 4, 3]),
      ...answersFor('p1', [5, 5, 5, 5, 5]),
    ]);
    expect(result.overall).toBe(88.8); // 88.75 shown to one decimal
    expect(result.band).toBe('not_ready');
    expect(result.bandExplanation).toBe(
      'Ready needs 70% overall and every dimension at 60% or more: Financial is 55.0%, below 60%.',
    );
    expect(result.recommendations).toEqual([
      {
        itemId: 'f1',
        dimension: 'financial',
        itemText: 'Item f1',
        score: 55,
        recommendation: 'Fix f1',
      },
    ]);
  });

  it('leaves "don\'t know" answers out, and a dimension nobody answered blocks every band', () => {
    // structural: 5, null, null, null, null → mean 5 → 100 % (one answer counts)
    // cultural: 5 × 5 → 100 %; purpose: 5 × 5 → 100 %; financial: all null → no score
    // overall over the scored dimensions = (100 + 100 + 100) / 3 = 100 %, yet financial blocks.
    const result = score([
      ...answersFor('s1', [5, null, null, null, null]),
      ...answersFor('c1', [5, 5, 5, 5, 5]),
      ...answersFor('f1', [null, null, null, null, null]),
      ...answersFor('p1', [5, 5, 5, 5, 5]),
    ]);
    const financial = result.dimensions.find((d) => d.dimension === 'financial');
    expect(financial).toMatchObject({ score: null, answeredItems: 0, totalItems: 1 });
    expect(result.items.find((i) => i.itemId === 's1')).toMatchObject({ score: 100, answers: 1 });
    expect(result.overall).toBe(100);
    expect(result.band).toBe('not_ready');
    expect(result.bandExplanation).toContain('Financial has no answers yet');
  });

  it('weighs every dimension the same, however many items it has', () => {
    // structural: one item at 100 %; cultural: three items at 0 % (all answers 1)
    // dimension means 100 % and 0 % → overall (100 + 0) / 2 = 50 %, not (100 + 0 + 0 + 0) / 4 = 25 %.
    const items = [
      item('s1', 'structural'),
      item('c1', 'cultural'),
      item('c2', 'cultural'),
      item('c3', 'cultural'),
    ];
    const result = score(
      [
        ...answersFor('s1', [5]),
        ...answersFor('c1', [1]),
        ...answersFor('c2', [1]),
        ...answersFor('c3', [1]),
      ],
      items,
    );
    expect(result.overall).toBe(50);
  });

  it('flags items where respondents are two or more points apart, per respondent role', () => {
    // s1: HR says 5, the sponsor says 1 → spread 4 → disagreement; c1: 3 and 4 → spread 1 → none.
    const result = score([...answersFor('s1', [5, 1]), ...answersFor('c1', [3, 4])]);
    const s1 = result.items.find((i) => i.itemId === 's1');
    expect(s1).toMatchObject({ disagreement: true, min: 1, max: 5, mean: 3 });
    expect(s1?.byRole).toEqual([
      { role: 'hr', mean: 5, answers: 1 },
      { role: 'sponsor', mean: 1, answers: 1 },
    ]);
    expect(result.items.find((i) => i.itemId === 'c1')?.disagreement).toBe(false);
  });

  it('orders recommendations from the weakest item up', () => {
    // s1: all 1 → 0 %; c1: all 2 → 25 %; f1: all 3 → 50 %; p1: all 4 → 75 % (not weak)
    const result = score([
      ...answersFor('c1', [2, 2]),
      ...answersFor('s1', [1, 1]),
      ...answersFor('f1', [3, 3]),
      ...answersFor('p1', [4, 4]),
    ]);
    expect(result.recommendations.map((r) => [r.itemId, r.score])).toEqual([
      ['s1', 0],
      ['c1', 25],
      ['f1', 50],
    ]);
  });

  it('reaches "exemplary" when everyone strongly agrees, and counts who answered', () => {
    const result = score(BANK.flatMap((i) => answersFor(i.id, [5, 5, 5])));
    expect(result).toMatchObject({ overall: 100, band: 'exemplary', respondentsAnswered: 3 });
    expect(result.bandExplanation).toBe('Every band is reached.');
  });

  it('says so when nobody has answered yet', () => {
    const result = score([]);
    expect(result).toMatchObject({ overall: null, band: 'not_ready', respondentsAnswered: 0 });
    expect(result.bandExplanation).toContain('nobody has answered yet');
  });
});
