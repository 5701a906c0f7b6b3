import { Injectable } from '@nestjs/common';
import type { CohortState, ReadinessSummary } from '@mentorbridge/shared-contracts';
import type { EntityManager } from 'typeorm';

export interface GateCohort {
  id: string;
  programId: string;
  state: CohortState;
}

export interface GateResult {
  ok: boolean;
  /** Plain-language reason shown when the move is blocked. */
  reason: string | null;
}

/** A condition a cohort must meet to make one move (e.g. readiness before recruiting). */
export interface CohortGate {
  name: string;
  from: CohortState;
  to: CohortState;
  /** Whether an HR lead may override a failure with a written reason. */
  overridable: boolean;
  check(cohort: GateCohort, manager: EntityManager): Promise<GateResult>;
}

export type ReadinessSummaryProvider = (
  programIds: string[],
  manager: EntityManager,
) => Promise<Map<string, ReadinessSummary>>;

/**
 * Extension points later stages of the cycle plug into without programs importing them (the
 * cycle's dependencies flow one way): gates on cohort moves and the readiness summary shown on
 * program lists. Later domains register here in their module's onModuleInit.
 */
@Injectable()
export class ProgramExtensions {
  private readonly gates: CohortGate[] = [];
  private readinessProvider: ReadinessSummaryProvider | null = null;

  registerGate(gate: CohortGate): void {
    this.gates.push(gate);
  }

  gatesFor(from: CohortState, to: CohortState): CohortGate[] {
    return this.gates.filter((g) => g.from === from && g.to === to);
  }

  provideReadinessSummaries(provider: ReadinessSummaryProvider): void {
    this.readinessProvider = provider;
  }

  async readinessSummaries(
    programIds: string[],
    manager: EntityManager,
  ): Promise<Map<string, ReadinessSummary>> {
    if (!this.readinessProvider || programIds.length === 0) return new Map();
    return this.readinessProvider(programIds, manager);
  }
}
