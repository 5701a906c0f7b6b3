import type { MigrationInterface } from 'typeorm';
import { InitialSchema1795640296721 } from './1795640296721-InitialSchema';

type MigrationClass = new () => MigrationInterface;

/**
 * Every schema change, in order. New migrations are generated with `npm run db:generate -- Name`,
 * reviewed, and appended here.
 */
export const MIGRATIONS: MigrationClass[] = [InitialSchema1795640296721];
