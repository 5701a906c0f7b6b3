import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { ProgramAccess } from '@mentorbridge/api-programs';
import {
  Cell,
  CLOSURE_REASONS,
  CohortCard,
  CohortDashboard,
  CohortState,
  DistributionBin,
  grantsAllow,
  METRIC_DEFINITIONS,
  MetricKey,
  MonthPoint,
  NeedsAction,
  PERMISSIONS,
  ReportingOverview,
  ReportPeriod,
  RiskReason,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CohortFactsRow, loadFacts, Range } from './facts';
import { writeCohortSnapshots } from './snapshots';
import { CohortFacts, computeMetrics, conformanceOf, MetricFigure } from './metrics';
import { RefreshKeyedCache } from './refresh-cache';
import { REFRESH_EVERY_SECONDS, ReportingRefreshService } from './refresh.service';
import {
  countCell,
  figureCell,
  hidden,
  noData,
  partitionCells,
  published,
  SuppressionPolicy,
  valueOf,
} from './suppression';

interface CohortRow {
  id: string;
  name: string;
  state: CohortState;
  start_date: string;
  end_date: string;
  program_id: string;
  program_name: string;
  suppression_threshold: number;
}

interface Snapshot {
  cohort_id: string;
  month: string;
  facts: CohortFactsRow;
}

/** The latest complete calendar month or quarter before `now` (UTC). */
export function periodRange(period: ReportPeriod, now: Date): Range | null {
  if (period === 'all') return null;
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  if (period === 'month')
    return { from: new Date(Date.UTC(y, m - 1, 1)), to: new Date(Date.UTC(y, m, 1)) };
  const q = Math.floor(m / 3) * 3;
  return { from: new Date(Date.UTC(y, q - 3, 1)), to: new Date(Date.UTC(y, q, 1)) };
}

/** A count of pairs, published only when the people in them are k or more (or none). */
function pairsCell(pairs: number, people: number, policy: SuppressionPolicy): Cell {
  return policy.apply && people > 0 && people < policy.k ? hidden() : published(pairs);
}

/** The columns of a CohortRow, from `cohort c JOIN program p`. */
const COHORT_COLUMNS = `c.id, c.name, c.state, c.start_date::text AS start_date,
  c.end_date::text AS end_date, c.program_id, p.name AS program_name, p.suppression_threshold`;
/** Reportable cohorts in the programs $1 (null: every program). */
const VISIBLE_COHORTS = `c.state <> 'draft' AND ($1::uuid[] IS NULL OR c.program_id = ANY($1::uuid[]))`;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const EPOCH = new Date(Date.UTC(2000, 0, 1));

/**
 * The overview reuses what it computed while no newer refresh has happened, for at most this
 * long (its figures read from live tables, such as the participants total, are then at most this
 * much older than the request).
 */
const REUSE_MS = 10_000;
/** The same for HR's "needs action", shorter: its live counts change as HR acts on them. */
const NEEDS_REUSE_MS = 3_000;

interface ActionHealth {
  at_risk: number;
  check_ins_due: number;
  undocumented: number;
}

/**
 * What decides an overview or a "needs action" answer besides the data: the viewer's grants
 * (role and program), which set the cohorts shown and where small cells are suppressed.
 */
function accessKey(actor: AuthUser): string {
  return actor.grants
    .map((g) => `${g.role}@${g.programId ?? '*'}`)
    .sort()
    .join(',');
}

/** Metrics a card may show as "moved most": none of them describes people's answers. */
const MOVER_KEYS: MetricKey[] = [
  'activeMatches',
  'sessionsPerMatchMonth',
  'cadenceMet',
  'attendanceRate',
  'atRiskShare',
  'checkInsOnTime',
  'closuresDocumented',
  'earlyClosureRate',
];

/**
 * Program health per cohort. Figures come from the refreshed views and the cohort snapshots
 * (written at every refresh), so a dashboard costs a few indexed reads. Executives see every
 * cohort with small cells suppressed; HR leads see their own programs unsuppressed.
 */
@Injectable()
export class ReportingService implements OnModuleInit {
  /** Overviews by access key (see accessKey): a few hundred KB each for a large organisation. */
  private readonly overviews = new RefreshKeyedCache<ReportingOverview>(REUSE_MS, 100);
  /** "Needs action" by access key. */
  private readonly needs = new RefreshKeyedCache<NeedsAction>(NEEDS_REUSE_MS, 100);
  /** Per cohort, the pairs at risk, check-ins due and undocumented closures (from the views). */
  private readonly actionHealth = new RefreshKeyedCache<Map<string, ActionHealth>>(
    REFRESH_EVERY_SECONDS * 1000,
    1,
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programs: ProgramAccess,
    private readonly refresher: ReportingRefreshService,
  ) {}

  onModuleInit(): void {
    this.refresher.snapshotter = (now) => this.writeSnapshots(now);
  }

  /** Rewrites every reportable cohort's snapshot for the current month. */
  writeSnapshots(now: Date): Promise<number> {
    return writeCohortSnapshots(this.dataSource.manager, now);
  }

  /**
   * Every cohort the viewer may see. The same result serves viewers with the same grants until
   * the next refresh (at most REUSE_MS): under load, dashboards are opened far more often than
   * their figures change.
   */
  async overview(actor: AuthUser, now?: Date): Promise<ReportingOverview> {
    const asOf = await this.refresher.lastRefreshedAt();
    if (now || !asOf) return this.computeOverview(actor, now ?? new Date(), asOf);
    return this.overviews.get(accessKey(actor), asOf, () =>
      this.computeOverview(actor, new Date(), asOf),
    );
  }

  private async computeOverview(
    actor: AuthUser,
    now: Date,
    asOf: Date | null,
  ): Promise<ReportingOverview> {
    const manager = this.dataSource.manager;
    const visible = this.visibility(actor);
    const [cohorts, totals] = await Promise.all([
      this.cohorts(manager, visible.programIds),
      this.totals(manager, visible.programIds, now),
    ]);
    const snapshots = await this.snapshots(
      manager,
      cohorts.map((c) => c.id),
      6,
    );
    // Cohorts without a snapshot yet (before the first refresh): their live facts in one round.
    const unsnapshotted = cohorts.filter((c) => !snapshots.get(c.id)?.length).map((c) => c.id);
    const live = unsnapshotted.length
      ? await loadFacts(manager, unsnapshotted, { from: EPOCH, to: now }, now)
      : new Map<string, CohortFactsRow>();
    const cards: CohortCard[] = [];
    let active = 0;
    let activeSuppressed = 0;
    const healths: number[] = [];
    for (const c of cohorts) {
      const policy = this.policy(actor, c);
      const history = snapshots.get(c.id) ?? [];
      const latest = history.at(-1)?.facts ?? (live.get(c.id) as CohortFactsRow);
      const metrics = computeMetrics(latest.facts, c.suppression_threshold);
      const publish = (key: MetricKey) => this.cell(metrics[key], policy);
      const health = publish('health');
      const activeCell = pairsCell(latest.facts.activePairs, latest.facts.activePeople, policy);
      if (activeCell.suppressed) activeSuppressed += 1;
      else active += activeCell.value ?? 0;
      const h = valueOf(health);
      if (h !== null) healths.push(h);
      const previous = history.length >= 2 ? history[history.length - 2].facts : null;
      cards.push({
        cohortId: c.id,
        cohortName: c.name,
        programId: c.program_id,
        programName: c.program_name,
        state: c.state,
        threshold: policy.k,
        health,
        trend: history.map((s) => ({
          month: s.month,
          health: this.cell(computeMetrics(s.facts.facts, c.suppression_threshold).health, policy),
        })),
        movers: previous ? this.movers(previous.facts, latest.facts, c, policy) : [],
        activeMatches: activeCell,
      });
    }
    const suppressing = cohorts.some((c) => this.policy(actor, c).apply);
    const k = Math.min(...cohorts.map((c) => c.suppression_threshold), 5);
    const people = { apply: suppressing, k };
    return {
      freshness: { asOf: (asOf ?? now).toISOString(), refreshEverySeconds: REFRESH_EVERY_SECONDS },
      suppression: { applied: suppressing },
      totals: {
        programs: new Set(cohorts.map((c) => c.program_id)).size,
        cohorts: cohorts.length,
        // A total over cohorts with a hidden cell would give that cell away by subtraction.
        activeMatches: activeSuppressed > 0 && suppressing ? hidden() : published(active),
        participants: countCell(totals.participants, people),
        sessionsHeldLast30Days:
          figureCell(totals.sessions30, totals.activePeople, people) ?? published(0),
        averageHealth: healths.length
          ? published(Math.round(healths.reduce((a, b) => a + b, 0) / healths.length))
          : noData(),
      },
      cohorts: cards,
      definitions: [...METRIC_DEFINITIONS],
    };
  }

  async cohort(
    actor: AuthUser,
    cohortId: string,
    period: ReportPeriod,
    now = new Date(),
  ): Promise<CohortDashboard> {
    const manager = this.dataSource.manager;
    // The cohort (if this viewer may see it) with its latest snapshot, its months of activity and
    // the refresh time: one round trip.
    const [c]: (CohortRow & {
      facts: CohortFactsRow | null;
      months: {
        month: string;
        active_pairs: number;
        people: number;
        held: number;
        no_show_mentor: number;
        no_show_mentee: number;
      }[];
      refreshed_at: Date | null;
    })[] = await manager.query(
      `SELECT ${COHORT_COLUMNS},
              (SELECT s.facts FROM cohort_snapshot s WHERE s.cohort_id = c.id
                ORDER BY s.month DESC LIMIT 1) AS facts,
              COALESCE((SELECT json_agg(json_build_object('month', m.month::text,
                                 'active_pairs', m.active_pairs, 'people', m.people, 'held', m.held,
                                 'no_show_mentor', m.no_show_mentor, 'no_show_mentee', m.no_show_mentee)
                               ORDER BY m.month)
                          FROM mv_cohort_month m WHERE m.cohort_id = c.id), '[]') AS months,
              (SELECT r.refreshed_at FROM reporting_refresh r WHERE r.id = 1) AS refreshed_at
         FROM cohort c JOIN program p ON p.id = c.program_id
        WHERE ${VISIBLE_COHORTS} AND c.id = $2`,
      [this.visibility(actor).programIds, cohortId],
    );
    if (!c) throw new NotFoundError('cohort');
    const policy = this.policy(actor, c);
    const wellbeing = { ...policy, k: Math.max(10, policy.k) };
    const whole = c.facts ?? (await this.liveFacts(manager, c, now));
    const range = periodRange(period, now);
    let row = whole;
    if (range) {
      const inPeriod = (await loadFacts(manager, [c.id], range, now)).get(c.id) as CohortFactsRow;
      // Answers stay whole-cohort (see loadFacts); everything else is the period's.
      row = {
        earlyByReason: inPeriod.earlyByReason,
        facts: {
          ...inPeriod.facts,
          satisfactionBins: whole.facts.satisfactionBins,
          promoters: whole.facts.promoters,
          passives: whole.facts.passives,
          detractors: whole.facts.detractors,
          goalProgressAvg: whole.facts.goalProgressAvg,
          goalMentees: whole.facts.goalMentees,
          attainment: whole.facts.attainment,
          attainmentMentees: whole.facts.attainmentMentees,
        },
      };
    }
    const f = row.facts;
    const metrics = computeMetrics(f, c.suppression_threshold);
    const conformance = conformanceOf([
      metrics.checkInsOnTime.value,
      metrics.reachedPlannedDuration.value,
      metrics.closuresDocumented.value,
    ]);
    const conformanceCell = this.cell(metrics.conformance, policy);
    const engagement: MonthPoint[] = c.months.map((m) => {
      const small = policy.apply && m.people > 0 && m.people < policy.k;
      const cell = (v: number): Cell => (small ? hidden() : published(Number(v)));
      return {
        month: m.month,
        activeMatches: cell(m.active_pairs),
        sessionsHeld: cell(m.held),
        noShows: cell(Number(m.no_show_mentor) + Number(m.no_show_mentee)),
      };
    });
    const satisfactionCells = partitionCells(f.satisfactionBins, wellbeing);
    const attainmentCounts = [f.attainment.achieved, f.attainment.partly, f.attainment.not];
    const attainmentCells = partitionCells(attainmentCounts, policy);
    const riskReasons: RiskReason[] = [
      'no_recent_session',
      'two_no_shows',
      'overdue_milestones',
      'open_flags',
      'low_satisfaction',
      'poor_fit',
    ];
    const earlyReasons = CLOSURE_REASONS.filter((r) => (row.earlyByReason[r] ?? 0) > 0);
    const earlyCells = partitionCells(
      earlyReasons.map((r) => row.earlyByReason[r] ?? 0),
      policy,
    );
    const asOf = c.refreshed_at;
    return {
      cohortId: c.id,
      cohortName: c.name,
      programId: c.program_id,
      programName: c.program_name,
      state: c.state,
      startDate: c.start_date,
      endDate: c.end_date,
      period,
      periodRange: range
        ? { from: isoDay(range.from), to: isoDay(new Date(range.to.getTime() - 1)) }
        : null,
      suppression: { applied: policy.apply, threshold: policy.k, wellbeingThreshold: wellbeing.k },
      freshness: { asOf: (asOf ?? now).toISOString(), refreshEverySeconds: REFRESH_EVERY_SECONDS },
      metrics: METRIC_DEFINITIONS.map((d) => {
        const figure = metrics[d.key];
        const p = d.key === 'satisfaction' ? wellbeing : policy;
        return { key: d.key, cell: this.cell(figure, p), base: countCell(figure.base, p) };
      }),
      definitions: [...METRIC_DEFINITIONS],
      conformance: {
        score: conformanceCell,
        band: conformanceCell.suppressed ? null : conformance.band,
      },
      funnel: (['invited', 'applied', 'approved', 'matched'] as const).map((stage) => ({
        stage,
        people: countCell(f[stage], policy),
      })),
      engagement,
      satisfaction: satisfactionCells.map((count, i): DistributionBin => ({
        label: `${i + 1}`,
        count,
      })),
      goalAttainment: ['Achieved', 'Partly', 'Not achieved'].map((label, i) => ({
        label,
        count: attainmentCells[i],
      })),
      risks: riskReasons.map((reason) => ({
        reason,
        // Two people per pair (a mentor with two such mentees counts twice: hides more, not less).
        pairs: pairsCell(f.risks[reason] ?? 0, 2 * (f.risks[reason] ?? 0), policy),
      })),
      earlyClosures: earlyReasons.map((reason, i) => ({ reason, pairs: earlyCells[i] })),
    };
  }

  /** The dashboard's figures as CSV (suppressed cells as "<k"). */
  async cohortCsv(actor: AuthUser, cohortId: string, period: ReportPeriod): Promise<string> {
    const d = await this.cohort(actor, cohortId, period);
    const show = (cell: Cell, k: number) => (cell.suppressed ? `<${k}` : String(cell.value));
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const lines = ['section,metric,value,base,definition'];
    for (const m of d.metrics) {
      const def = d.definitions.find((x) => x.key === m.key);
      const k =
        m.key === 'satisfaction' ? d.suppression.wellbeingThreshold : d.suppression.threshold;
      lines.push(
        ['metric', m.key, show(m.cell, k), show(m.base, k), quote(def?.definition ?? '')].join(','),
      );
    }
    for (const f of d.funnel)
      lines.push(['funnel', f.stage, show(f.people, d.suppression.threshold), '', ''].join(','));
    for (const e of d.engagement)
      lines.push(
        [
          'month',
          e.month,
          show(e.sessionsHeld, d.suppression.threshold),
          show(e.activeMatches, d.suppression.threshold),
          quote('sessions held; active pairs'),
        ].join(','),
      );
    for (const b of d.satisfaction)
      lines.push(
        ['satisfaction', b.label, show(b.count, d.suppression.wellbeingThreshold), '', ''].join(
          ',',
        ),
      );
    return `${lines.join('\n')}\n`;
  }

  /**
   * What needs an HR lead today across the programs they run, in one request. Pairs at risk,
   * check-ins due and undocumented closures come from the match-health view (counted for every
   * cohort once per refresh); concerns, applications, extensions and runs are counted live, and
   * the answer is reused for the same access for at most NEEDS_REUSE_MS.
   */
  async needsAction(actor: AuthUser): Promise<NeedsAction> {
    const asOf = await this.refresher.lastRefreshedAt();
    if (!asOf) return this.computeNeedsAction(actor, null);
    return this.needs.get(accessKey(actor), asOf, () => this.computeNeedsAction(actor, asOf));
  }

  private async computeNeedsAction(actor: AuthUser, asOf: Date | null): Promise<NeedsAction> {
    const manager = this.dataSource.manager;
    const programIds = this.programs.manageableProgramIds(actor);
    const [live, health] = await Promise.all([
      manager.query(
        `WITH scope AS (
           SELECT c.id, c.name, c.program_id, p.name AS program_name FROM cohort c
             JOIN program p ON p.id = c.program_id
            WHERE c.state <> 'closed' AND ($1::uuid[] IS NULL OR c.program_id = ANY($1::uuid[]))
         ), flags AS (
           -- Open concerns are few: look each one's cohort up rather than scanning every match.
           SELECT x.cohort_id, count(*)::int AS n
             FROM (SELECT (SELECT m.cohort_id FROM match m WHERE m.id = f.match_id) AS cohort_id
                     FROM pair_flag f WHERE f.status = 'open') x
            GROUP BY x.cohort_id
         ), apps AS (
           SELECT a.cohort_id, count(*)::int AS n FROM application a
            WHERE a.status = 'submitted' AND a.cohort_id IN (SELECT id FROM scope) GROUP BY a.cohort_id
         ), ext AS (
           SELECT m.cohort_id, count(*)::int AS n FROM match_extension e JOIN match m ON m.id = e.match_id
            WHERE e.state = 'pending' AND m.cohort_id IN (SELECT id FROM scope) GROUP BY m.cohort_id
         ), runs AS (
           SELECT r.cohort_id, count(*)::int AS n FROM match_run r
            WHERE r.state = 'draft' AND r.cohort_id IN (SELECT id FROM scope) GROUP BY r.cohort_id
         )
         SELECT s.id AS cohort_id, s.name AS cohort_name, s.program_id, s.program_name,
                COALESCE(f.n, 0) AS open_flags, COALESCE(a.n, 0) AS applications,
                COALESCE(e.n, 0) AS extensions, COALESCE(r.n, 0) AS runs
           FROM scope s
           LEFT JOIN flags f ON f.cohort_id = s.id LEFT JOIN apps a ON a.cohort_id = s.id
           LEFT JOIN ext e ON e.cohort_id = s.id LEFT JOIN runs r ON r.cohort_id = s.id
          ORDER BY s.program_name, s.name`,
        [programIds],
      ) as Promise<
        {
          cohort_id: string;
          cohort_name: string;
          program_id: string;
          program_name: string;
          open_flags: number;
          applications: number;
          extensions: number;
          runs: number;
        }[]
      >,
      asOf
        ? this.actionHealth.get('all', asOf, () => this.loadActionHealth(manager))
        : this.loadActionHealth(manager),
    ]);
    const none: ActionHealth = { at_risk: 0, check_ins_due: 0, undocumented: 0 };
    const rows = live
      .map((r) => ({ ...r, ...(health.get(r.cohort_id) ?? none) }))
      .filter(
        (r) =>
          r.at_risk +
            r.check_ins_due +
            r.open_flags +
            r.applications +
            r.undocumented +
            r.extensions +
            r.runs >
          0,
      );
    const sum = (key: keyof (typeof rows)[number]) => rows.reduce((t, r) => t + Number(r[key]), 0);
    return {
      atRiskPairs: sum('at_risk'),
      checkInsDue: sum('check_ins_due'),
      openFlags: sum('open_flags'),
      applicationsToScreen: sum('applications'),
      undocumentedClosures: sum('undocumented'),
      pendingExtensions: sum('extensions'),
      runsToReview: sum('runs'),
      freshness: { asOf: (asOf ?? new Date()).toISOString() },
      cohorts: rows.map((r) => ({
        cohortId: r.cohort_id,
        cohortName: r.cohort_name,
        programId: r.program_id,
        programName: r.program_name,
        atRisk: r.at_risk,
        checkInsDue: r.check_ins_due,
        openFlags: r.open_flags,
        applicationsToScreen: r.applications,
        undocumentedClosures: r.undocumented,
        pendingExtensions: r.extensions,
        runsToReview: r.runs,
      })),
    };
  }

  /** Per cohort (every cohort: viewers' scopes are applied to the live rows they join). */
  private async loadActionHealth(manager: EntityManager): Promise<Map<string, ActionHealth>> {
    const rows: (ActionHealth & { cohort_id: string })[] = await manager.query(
      `SELECT cohort_id,
              count(*) FILTER (WHERE state = 'active' AND at_risk)::int AS at_risk,
              count(*) FILTER (WHERE state = 'active' AND NOT check_ins_on_time)::int AS check_ins_due,
              count(*) FILTER (WHERE closure_kind IS NOT NULL AND NOT documented)::int AS undocumented
         FROM mv_match_health GROUP BY cohort_id`,
    );
    return new Map(rows.map(({ cohort_id, ...counts }) => [cohort_id, counts]));
  }

  // --- internals ------------------------------------------------------------------------------

  /** Who sees what: HR leads their programs (unsuppressed); executives every program. */
  private visibility(actor: AuthUser): { programIds: string[] | null } {
    const managed = this.programs.manageableProgramIds(actor);
    if (grantsAllow(actor.grants, PERMISSIONS.reportsRead, null)) return { programIds: null };
    return { programIds: managed ?? null };
  }

  private policy(actor: AuthUser, c: CohortRow): SuppressionPolicy {
    return {
      apply: !this.programs.canManage(actor, c.program_id),
      k: Math.max(5, c.suppression_threshold),
    };
  }

  private cell(figure: MetricFigure, policy: SuppressionPolicy): Cell {
    return figureCell(figure.value, figure.base, policy, figure.parts) ?? noData();
  }

  private cohorts(manager: EntityManager, programIds: string[] | null): Promise<CohortRow[]> {
    return manager.query(
      `SELECT ${COHORT_COLUMNS} FROM cohort c JOIN program p ON p.id = c.program_id
        WHERE ${VISIBLE_COHORTS}
        ORDER BY (c.state = 'closed'), p.name, c.start_date DESC`,
      [programIds],
    );
  }

  /** The last `count` monthly snapshots of each cohort, oldest first. */
  private async snapshots(
    manager: EntityManager,
    cohortIds: string[],
    count: number,
  ): Promise<Map<string, Snapshot[]>> {
    if (!cohortIds.length) return new Map();
    const rows: Snapshot[] = await manager.query(
      `SELECT cohort_id, month::text AS month, facts FROM (
         SELECT s.*, row_number() OVER (PARTITION BY cohort_id ORDER BY month DESC) AS k
           FROM cohort_snapshot s WHERE s.cohort_id = ANY($1::uuid[])
       ) x WHERE k <= $2 ORDER BY cohort_id, month`,
      [cohortIds, count],
    );
    const map = new Map<string, Snapshot[]>();
    for (const r of rows) map.set(r.cohort_id, [...(map.get(r.cohort_id) ?? []), r]);
    return map;
  }

  private async liveFacts(
    manager: EntityManager,
    c: CohortRow,
    now: Date,
  ): Promise<CohortFactsRow> {
    return (await loadFacts(manager, [c.id], { from: EPOCH, to: now }, now)).get(
      c.id,
    ) as CohortFactsRow;
  }

  private movers(
    before: CohortFacts,
    after: CohortFacts,
    c: CohortRow,
    policy: SuppressionPolicy,
  ): CohortCard['movers'] {
    const from = computeMetrics(before, c.suppression_threshold);
    const to = computeMetrics(after, c.suppression_threshold);
    return MOVER_KEYS.map((key) => {
      const def = METRIC_DEFINITIONS.find((d) => d.key === key);
      const a = from[key].value;
      const b = to[key].value;
      const scale = def?.unit === 'percent' ? 100 : Math.max(Math.abs(a ?? 0), Math.abs(b ?? 0), 1);
      return { key, a, b, change: a === null || b === null ? 0 : Math.abs(b - a) / scale, def };
    })
      .filter((x) => x.change > 0)
      .sort((x, y) => y.change - x.change)
      .slice(0, 3)
      .map((x) => ({
        key: x.key,
        label: x.def?.label ?? x.key,
        from: this.cell(from[x.key], policy),
        to: this.cell(to[x.key], policy),
        unit: x.def?.unit ?? 'count',
        better: (x.b ?? 0) > (x.a ?? 0) === (x.def?.higherIsBetter ?? true),
      }));
  }

  private async totals(manager: EntityManager, programIds: string[] | null, now: Date) {
    const [row]: { participants: string; sessions30: string; active_people: string }[] =
      await manager.query(
        `SELECT (SELECT count(DISTINCT p.user_id) FROM participant p JOIN cohort c ON c.id = p.cohort_id
                  WHERE p.status = 'active' AND c.state IN ('active', 'closing')
                    AND ($1::uuid[] IS NULL OR c.program_id = ANY($1::uuid[]))) AS participants,
                (SELECT COALESCE(sum(held), 0) FROM mv_cohort_month cm JOIN cohort c ON c.id = cm.cohort_id
                  WHERE cm.month >= date_trunc('month', $2::timestamptz - interval '30 days')::date
                    AND ($1::uuid[] IS NULL OR c.program_id = ANY($1::uuid[]))) AS sessions30,
                (SELECT count(DISTINCT h.mentor_user_id) + count(DISTINCT h.mentee_user_id) FROM mv_match_health h
                  WHERE h.state = 'active' AND ($1::uuid[] IS NULL OR h.program_id = ANY($1::uuid[]))) AS active_people`,
        [programIds, now],
      );
    return {
      participants: Number(row.participants),
      sessions30: Number(row.sessions30),
      activePeople: Number(row.active_people),
    };
  }
}
