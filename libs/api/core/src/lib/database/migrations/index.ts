import type { MigrationInterface } from 'typeorm';
import { InitialSchema1795640296721 } from './1795640296721-InitialSchema';
import { ProgramsAndReadiness1795643824048 } from './1795643824048-ProgramsAndReadiness';
import { Recruitment1795647687311 } from './1795647687311-Recruitment';
import { Matching1795654032832 } from './1795654032832-Matching';
import { MenteeChoice1795654587243 } from './1795654587243-MenteeChoice';
import { SessionsNotesAudit1795655402013 } from './1795655402013-SessionsNotesAudit';
import { GoalsAndPhase1795655887146 } from './1795655887146-GoalsAndPhase';
import { SupportFlagsCheckIns1795656892549 } from './1795656892549-SupportFlagsCheckIns';
import { PulseCheckIns1795657112642 } from './1795657112642-PulseCheckIns';
import { SessionReminders1795657421353 } from './1795657421353-SessionReminders';
import { ClosureAndFit1795663550173 } from './1795663550173-ClosureAndFit';
import { ProgramPulseGoalTemplatesCancelReason1795664411175 } from './1795664411175-ProgramPulseGoalTemplatesCancelReason';
import { ReportingViewsAndForeignKeyIndexes1795665049982 } from './1795665049982-ReportingViewsAndForeignKeyIndexes';
import { AuditAppendOnly1795666000000 } from './1795666000000-AuditAppendOnly';
import { RoleGrantUserIndex1795674576480 } from './1795674576480-RoleGrantUserIndex';
import { MatchRunHeartbeat1795678340748 } from './1795678340748-MatchRunHeartbeat';

type MigrationClass = new () => MigrationInterface;

/**
 * Every schema change, in order. New migrations are generated with `npm run db:generate -- Name`,
 * reviewed, and appended here.
 */
export const MIGRATIONS: MigrationClass[] = [
  InitialSchema1795640296721,
  ProgramsAndReadiness1795643824048,
  Recruitment1795647687311,
  Matching1795654032832,
  MenteeChoice1795654587243,
  SessionsNotesAudit1795655402013,
  GoalsAndPhase1795655887146,
  SupportFlagsCheckIns1795656892549,
  PulseCheckIns1795657112642,
  SessionReminders1795657421353,
  ClosureAndFit1795663550173,
  ProgramPulseGoalTemplatesCancelReason1795664411175,
  ReportingViewsAndForeignKeyIndexes1795665049982,
  AuditAppendOnly1795666000000,
  RoleGrantUserIndex1795674576480,
  MatchRunHeartbeat1795678340748,
];
