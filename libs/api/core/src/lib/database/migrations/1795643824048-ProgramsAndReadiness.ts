import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgramsAndReadiness1795643824048 implements MigrationInterface {
  name = 'ProgramsAndReadiness1795643824048';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "program" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "name" character varying(160) NOT NULL, "strategic_driver" text NOT NULL, "outcomes" text array NOT NULL DEFAULT \'{}\', "format" character varying(20) NOT NULL, "default_duration_months" smallint NOT NULL, "cadence_weeks" smallint NOT NULL, "default_mentor_capacity" smallint NOT NULL, "meeting_modes" text array NOT NULL, "matching_mode" character varying(20) NOT NULL, "rematch_buffer_days" smallint NOT NULL DEFAULT \'14\', "contact_options" text array NOT NULL, "suppression_threshold" smallint NOT NULL DEFAULT \'5\', "created_by_id" uuid, CONSTRAINT "chk_program_suppression" CHECK ("suppression_threshold" BETWEEN 5 AND 50), CONSTRAINT "chk_program_rematch_buffer" CHECK ("rematch_buffer_days" BETWEEN 0 AND 90), CONSTRAINT "chk_program_capacity" CHECK ("default_mentor_capacity" BETWEEN 1 AND 20), CONSTRAINT "chk_program_cadence" CHECK ("cadence_weeks" BETWEEN 1 AND 12), CONSTRAINT "chk_program_duration" CHECK ("default_duration_months" BETWEEN 1 AND 36), CONSTRAINT "chk_program_matching_mode" CHECK ("matching_mode" IN (\'admin_bulk\', \'mentee_choice\', \'manual\')), CONSTRAINT "chk_program_format" CHECK ("format" IN (\'one_on_one\', \'group\', \'peer\', \'reverse\', \'flash\', \'developmental\')), CONSTRAINT "PK_3bade5945afbafefdd26a3a29fb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_program_name" ON "program"  ("name") ');
    await queryRunner.query(
      'CREATE TABLE "cohort" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "program_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "state" character varying(20) NOT NULL DEFAULT \'draft\', CONSTRAINT "chk_cohort_dates" CHECK ("end_date" > "start_date"), CONSTRAINT "chk_cohort_state" CHECK ("state" IN (\'draft\', \'recruiting\', \'matching\', \'active\', \'closing\', \'closed\')), CONSTRAINT "PK_4fb3cca38dc4b461110344e5f9b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_cohort_program" ON "cohort"  ("program_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_cohort_program_name" ON "cohort"  ("program_id", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "cohort_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "from_state" character varying(20) NOT NULL, "to_state" character varying(20) NOT NULL, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reason" text, "gate_overridden" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_9d8df5cbe607abb11f966ab8197" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cohort_transition_cohort" ON "cohort_transition"  ("cohort_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "readiness_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "dimension" character varying(20) NOT NULL, "text" text NOT NULL, "help_text" text NOT NULL, "recommendation" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_readiness_item_dimension" CHECK ("dimension" IN (\'structural\', \'cultural\', \'financial\', \'purpose\')), CONSTRAINT "PK_e974f982e486a7088d756dde864" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_readiness_item_program" ON "readiness_item"  ("program_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "readiness_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "program_id" uuid NOT NULL, "title" character varying(160) NOT NULL, "scope_label" character varying(160) NOT NULL, "status" character varying(20) NOT NULL DEFAULT \'open\', "thresholds" jsonb NOT NULL, "created_by_id" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_readiness_assessment_status" CHECK ("status" IN (\'open\', \'completed\')), CONSTRAINT "PK_9034962db43f5d32fbde843ae63" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_readiness_assessment_program" ON "readiness_assessment"  ("program_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "readiness_assessment_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "source_key" character varying(80) NOT NULL, "dimension" character varying(20) NOT NULL, "text" text NOT NULL, "help_text" text NOT NULL, "recommendation" text NOT NULL, "position" smallint NOT NULL, CONSTRAINT "chk_readiness_assessment_item_dimension" CHECK ("dimension" IN (\'structural\', \'cultural\', \'financial\', \'purpose\')), CONSTRAINT "PK_73354b97de9e6a9a1d30721195d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_readiness_assessment_item_assessment" ON "readiness_assessment_item"  ("assessment_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "readiness_respondent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_readiness_respondent_role" CHECK ("role" IN (\'hr\', \'sponsor\', \'manager\', \'other\')), CONSTRAINT "PK_9dc0132c06be7d05feee1b51184" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_readiness_respondent_user" ON "readiness_respondent"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_readiness_respondent" ON "readiness_respondent"  ("assessment_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "readiness_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "respondent_id" uuid NOT NULL, "item_id" uuid NOT NULL, "score" smallint, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_readiness_answer_score" CHECK ("score" BETWEEN 1 AND 5), CONSTRAINT "PK_5a33916d78ad4cff99bee293aab" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_readiness_answer_item" ON "readiness_answer"  ("item_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_readiness_answer" ON "readiness_answer"  ("respondent_id", "item_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "role_grant" ADD CONSTRAINT "fk_role_grant_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "program" ADD CONSTRAINT "fk_program_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cohort" ADD CONSTRAINT "fk_cohort_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cohort_transition" ADD CONSTRAINT "fk_cohort_transition_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cohort_transition" ADD CONSTRAINT "fk_cohort_transition_actor" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_item" ADD CONSTRAINT "fk_readiness_item_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_item" ADD CONSTRAINT "fk_readiness_item_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_assessment" ADD CONSTRAINT "fk_readiness_assessment_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_assessment" ADD CONSTRAINT "fk_readiness_assessment_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_assessment_item" ADD CONSTRAINT "fk_readiness_assessment_item_assessment" FOREIGN KEY ("assessment_id") REFERENCES "readiness_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_respondent" ADD CONSTRAINT "fk_readiness_respondent_assessment" FOREIGN KEY ("assessment_id") REFERENCES "readiness_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_respondent" ADD CONSTRAINT "fk_readiness_respondent_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_answer" ADD CONSTRAINT "fk_readiness_answer_respondent" FOREIGN KEY ("respondent_id") REFERENCES "readiness_respondent"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_answer" ADD CONSTRAINT "fk_readiness_answer_item" FOREIGN KEY ("item_id") REFERENCES "readiness_assessment_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "readiness_answer" DROP CONSTRAINT "fk_readiness_answer_item"',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_answer" DROP CONSTRAINT "fk_readiness_answer_respondent"',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_respondent" DROP CONSTRAINT "fk_readiness_respondent_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_respondent" DROP CONSTRAINT "fk_readiness_respondent_assessment"',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_assessment_item" DROP CONSTRAINT "fk_readiness_assessment_item_assessment"',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_assessment" DROP CONSTRAINT "fk_readiness_assessment_created_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_assessment" DROP CONSTRAINT "fk_readiness_assessment_program"',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_item" DROP CONSTRAINT "fk_readiness_item_created_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "readiness_item" DROP CONSTRAINT "fk_readiness_item_program"',
    );
    await queryRunner.query(
      'ALTER TABLE "cohort_transition" DROP CONSTRAINT "fk_cohort_transition_actor"',
    );
    await queryRunner.query(
      'ALTER TABLE "cohort_transition" DROP CONSTRAINT "fk_cohort_transition_cohort"',
    );
    await queryRunner.query('ALTER TABLE "cohort" DROP CONSTRAINT "fk_cohort_program"');
    await queryRunner.query('ALTER TABLE "program" DROP CONSTRAINT "fk_program_created_by"');
    await queryRunner.query('ALTER TABLE "role_grant" DROP CONSTRAINT "fk_role_grant_program"');
    await queryRunner.query('DROP INDEX "public"."uq_readiness_answer"');
    await queryRunner.query('DROP INDEX "public"."ix_readiness_answer_item"');
    await queryRunner.query('DROP TABLE "readiness_answer"');
    await queryRunner.query('DROP INDEX "public"."uq_readiness_respondent"');
    await queryRunner.query('DROP INDEX "public"."ix_readiness_respondent_user"');
    await queryRunner.query('DROP TABLE "readiness_respondent"');
    await queryRunner.query('DROP INDEX "public"."ix_readiness_assessment_item_assessment"');
    await queryRunner.query('DROP TABLE "readiness_assessment_item"');
    await queryRunner.query('DROP INDEX "public"."ix_readiness_assessment_program"');
    await queryRunner.query('DROP TABLE "readiness_assessment"');
    await queryRunner.query('DROP INDEX "public"."ix_readiness_item_program"');
    await queryRunner.query('DROP TABLE "readiness_item"');
    await queryRunner.query('DROP INDEX "public"."ix_cohort_transition_cohort"');
    await queryRunner.query('DROP TABLE "cohort_transition"');
    await queryRunner.query('DROP INDEX "public"."uq_cohort_program_name"');
    await queryRunner.query('DROP INDEX "public"."ix_cohort_program"');
    await queryRunner.query('DROP TABLE "cohort"');
    await queryRunner.query('DROP INDEX "public"."uq_program_name"');
    await queryRunner.query('DROP TABLE "program"');
  }
}
