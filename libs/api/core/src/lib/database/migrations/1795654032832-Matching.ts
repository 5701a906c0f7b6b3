import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1795654032832 implements MigrationInterface {
  name = 'Matching1795654032832';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "matching_settings" ("program_id" uuid NOT NULL, "settings" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_02b20938f53e16ac50274879a92" PRIMARY KEY ("program_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "match_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "number" integer NOT NULL, "state" character varying(12) NOT NULL DEFAULT \'running\', "settings" jsonb NOT NULL, "inputs" jsonb NOT NULL, "solver_version" character varying(60) NOT NULL, "progress" jsonb NOT NULL DEFAULT \'{"phase":"loading","percent":0}\', "objective" jsonb, "mentees" integer NOT NULL DEFAULT \'0\', "mentors" integer NOT NULL DEFAULT \'0\', "unmatched" jsonb NOT NULL DEFAULT \'[]\', "edits" integer NOT NULL DEFAULT \'0\', "error" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "duration_ms" integer, CONSTRAINT "chk_match_run_state" CHECK ("state" IN (\'running\', \'draft\', \'failed\', \'published\', \'discarded\')), CONSTRAINT "PK_cc817fe400873d2c4664c5daef5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_match_run_running" ON "match_run"  ("cohort_id") WHERE "state" = \'running\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_match_run_number" ON "match_run"  ("cohort_id", "number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "match_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "mentor_user_id" uuid NOT NULL, "mentee_user_id" uuid NOT NULL, "score" double precision NOT NULL, "criteria" jsonb NOT NULL, "edited" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_bb37f294b8a20b3bcf62c2a750c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_match_proposal_pair" ON "match_proposal"  ("run_id", "mentor_user_id", "mentee_user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "match_constraint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "kind" character varying(4) NOT NULL, "mentor_user_id" uuid NOT NULL, "mentee_user_id" uuid NOT NULL, "reason" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_match_constraint_kind" CHECK ("kind" IN (\'pin\', \'ban\')), CONSTRAINT "PK_4107153ecb031e7a30ecd566215" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_match_constraint_pair" ON "match_constraint"  ("cohort_id", "mentor_user_id", "mentee_user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "match" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "run_id" uuid, "mentor_user_id" uuid NOT NULL, "mentee_user_id" uuid NOT NULL, "state" character varying(12) NOT NULL, "mentor_response" character varying(10) NOT NULL DEFAULT \'pending\', "mentee_response" character varying(10) NOT NULL DEFAULT \'pending\', "score" double precision, "criteria" jsonb NOT NULL DEFAULT \'[]\', "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "respond_by" TIMESTAMP WITH TIME ZONE, "activated_at" TIMESTAMP WITH TIME ZONE, "decline_reason" text, "declined_by_id" uuid, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_match_state" CHECK ("state" IN (\'proposed\', \'active\', \'declined\', \'expired\', \'cancelled\')), CONSTRAINT "PK_92b6c3a6631dd5b24a67c69f69d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_match_mentee" ON "match"  ("mentee_user_id") ');
    await queryRunner.query('CREATE INDEX "ix_match_mentor" ON "match"  ("mentor_user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_match_live_pair" ON "match"  ("cohort_id", "mentor_user_id", "mentee_user_id") WHERE "state" IN (\'proposed\', \'active\')',
    );
    await queryRunner.query(
      'ALTER TABLE "matching_settings" ADD CONSTRAINT "fk_matching_settings_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_run" ADD CONSTRAINT "fk_match_run_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_run" ADD CONSTRAINT "fk_match_run_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_proposal" ADD CONSTRAINT "fk_match_proposal_run" FOREIGN KEY ("run_id") REFERENCES "match_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_constraint" ADD CONSTRAINT "fk_match_constraint_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_constraint" ADD CONSTRAINT "fk_match_constraint_mentor" FOREIGN KEY ("mentor_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_constraint" ADD CONSTRAINT "fk_match_constraint_mentee" FOREIGN KEY ("mentee_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_constraint" ADD CONSTRAINT "fk_match_constraint_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match" ADD CONSTRAINT "fk_match_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match" ADD CONSTRAINT "fk_match_run" FOREIGN KEY ("run_id") REFERENCES "match_run"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match" ADD CONSTRAINT "fk_match_mentor" FOREIGN KEY ("mentor_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match" ADD CONSTRAINT "fk_match_mentee" FOREIGN KEY ("mentee_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "match" DROP CONSTRAINT "fk_match_mentee"');
    await queryRunner.query('ALTER TABLE "match" DROP CONSTRAINT "fk_match_mentor"');
    await queryRunner.query('ALTER TABLE "match" DROP CONSTRAINT "fk_match_run"');
    await queryRunner.query('ALTER TABLE "match" DROP CONSTRAINT "fk_match_cohort"');
    await queryRunner.query(
      'ALTER TABLE "match_constraint" DROP CONSTRAINT "fk_match_constraint_created_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "match_constraint" DROP CONSTRAINT "fk_match_constraint_mentee"',
    );
    await queryRunner.query(
      'ALTER TABLE "match_constraint" DROP CONSTRAINT "fk_match_constraint_mentor"',
    );
    await queryRunner.query(
      'ALTER TABLE "match_constraint" DROP CONSTRAINT "fk_match_constraint_cohort"',
    );
    await queryRunner.query('ALTER TABLE "match_proposal" DROP CONSTRAINT "fk_match_proposal_run"');
    await queryRunner.query('ALTER TABLE "match_run" DROP CONSTRAINT "fk_match_run_created_by"');
    await queryRunner.query('ALTER TABLE "match_run" DROP CONSTRAINT "fk_match_run_cohort"');
    await queryRunner.query(
      'ALTER TABLE "matching_settings" DROP CONSTRAINT "fk_matching_settings_program"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_match_live_pair"');
    await queryRunner.query('DROP INDEX "public"."ix_match_mentor"');
    await queryRunner.query('DROP INDEX "public"."ix_match_mentee"');
    await queryRunner.query('DROP TABLE "match"');
    await queryRunner.query('DROP INDEX "public"."uq_match_constraint_pair"');
    await queryRunner.query('DROP TABLE "match_constraint"');
    await queryRunner.query('DROP INDEX "public"."uq_match_proposal_pair"');
    await queryRunner.query('DROP TABLE "match_proposal"');
    await queryRunner.query('DROP INDEX "public"."uq_match_run_number"');
    await queryRunner.query('DROP INDEX "public"."uq_match_run_running"');
    await queryRunner.query('DROP TABLE "match_run"');
    await queryRunner.query('DROP TABLE "matching_settings"');
  }
}
