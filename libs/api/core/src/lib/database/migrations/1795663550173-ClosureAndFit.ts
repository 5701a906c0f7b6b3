import { MigrationInterface, QueryRunner } from 'typeorm';

export class ClosureAndFit1795663550173 implements MigrationInterface {
  name = 'ClosureAndFit1795663550173';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "match_closure" ("match_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "reason" character varying(20) NOT NULL, "reason_text" text, "initiated_by" character varying(8) NOT NULL, "initiated_by_id" uuid, "message_sealed" bytea, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "notes_warned_at" TIMESTAMP WITH TIME ZONE, "notes_deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_match_closure_initiator" CHECK ("initiated_by" IN (\'mentor\', \'mentee\', \'hr\', \'system\')), CONSTRAINT "chk_match_closure_reason" CHECK ("reason" IN (\'completed\', \'fit\', \'time\', \'role_change\', \'left_organization\', \'goal_reached_early\', \'cohort_closed\', \'other\')), CONSTRAINT "chk_match_closure_kind" CHECK ("kind" IN (\'planned\', \'early\')), CONSTRAINT "PK_2b0fd2282465e01261819e78149" PRIMARY KEY ("match_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_match_closure_closed_at" ON "match_closure"  ("closed_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "closure_response" ("match_id" uuid NOT NULL, "side" character varying(6) NOT NULL, "respondent_id" uuid, "satisfaction" smallint, "recommend" smallint, "helped_sealed" bytea, "change_sealed" bytea, "reflection_sealed" bytea, "contact_preference" character varying(20), "contact_defaulted" boolean NOT NULL DEFAULT false, "answered_at" TIMESTAMP WITH TIME ZONE, "chased_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_closure_response_contact" CHECK ("contact_preference" IN (\'stay_in_touch\', \'no_further_contact\')), CONSTRAINT "chk_closure_response_recommend" CHECK ("recommend" BETWEEN 0 AND 10), CONSTRAINT "chk_closure_response_satisfaction" CHECK ("satisfaction" BETWEEN 1 AND 5), CONSTRAINT "chk_closure_response_side" CHECK ("side" IN (\'mentor\', \'mentee\')), CONSTRAINT "PK_ddc6e86c584f289f6393b1268fb" PRIMARY KEY ("match_id", "side"))',
    );
    await queryRunner.query(
      'CREATE TABLE "match_extension" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "requested_side" character varying(6) NOT NULL, "requested_by_id" uuid, "current_end" date NOT NULL, "requested_end" date NOT NULL, "reason" text NOT NULL, "state" character varying(10) NOT NULL DEFAULT \'pending\', "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "approved_end" date, "decision_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_match_extension_dates" CHECK ("requested_end" > "current_end"), CONSTRAINT "chk_match_extension_state" CHECK ("state" IN (\'pending\', \'approved\', \'declined\')), CONSTRAINT "PK_b0ac43106174e52b3b39196b76a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_match_extension_pending" ON "match_extension"  ("match_id") WHERE "state" = \'pending\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_match_extension_match" ON "match_extension"  ("match_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "closure_notice" ("match_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_288a55bcc33c298c44b6c45e565" PRIMARY KEY ("match_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE TABLE "pairing_fit_response" ("match_id" uuid NOT NULL, "side" character varying(6) NOT NULL, "respondent_id" uuid, "fit" smallint NOT NULL, "continue_answer" character varying(6) NOT NULL, "comment_sealed" bytea, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "chk_pairing_fit_side" CHECK ("side" IN (\'mentor\', \'mentee\')), CONSTRAINT "chk_pairing_fit_continue" CHECK ("continue_answer" IN (\'yes\', \'unsure\', \'no\')), CONSTRAINT "chk_pairing_fit_score" CHECK ("fit" BETWEEN 1 AND 5), CONSTRAINT "PK_111b08684670c4f58660dc039d7" PRIMARY KEY ("match_id", "side"))',
    );
    await queryRunner.query(
      'ALTER TABLE "program" ADD "note_retention_days" smallint NOT NULL DEFAULT \'90\'',
    );
    await queryRunner.query('ALTER TABLE "match" ADD "planned_end_date" date');
    await queryRunner.query(
      'ALTER TABLE "match" ADD "mentor_rematch_from" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "match" ADD "mentee_rematch_from" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "pair_goal" ADD "attainment" character varying(10)');
    // Matches can now end as completed or closed early (TypeORM does not diff a check's body).
    await queryRunner.query('ALTER TABLE "match" DROP CONSTRAINT "chk_match_state"');
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "chk_match_state" CHECK ("state" IN ('proposed', 'active', 'declined', 'expired', 'cancelled', 'completed', 'closed_early'))`,
    );

    await queryRunner.query(
      'ALTER TABLE "program" ADD CONSTRAINT "chk_program_note_retention" CHECK ("note_retention_days" BETWEEN 7 AND 3650)',
    );
    await queryRunner.query(
      'ALTER TABLE "pair_goal" ADD CONSTRAINT "chk_pair_goal_attainment" CHECK ("attainment" IN (\'achieved\', \'partly\', \'not\'))',
    );
    await queryRunner.query(
      'ALTER TABLE "match_closure" ADD CONSTRAINT "fk_match_closure_match" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_closure" ADD CONSTRAINT "fk_match_closure_initiator" FOREIGN KEY ("initiated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "closure_response" ADD CONSTRAINT "fk_closure_response_match" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "closure_response" ADD CONSTRAINT "fk_closure_response_respondent" FOREIGN KEY ("respondent_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_extension" ADD CONSTRAINT "fk_match_extension_match" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_extension" ADD CONSTRAINT "fk_match_extension_requester" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "match_extension" ADD CONSTRAINT "fk_match_extension_decider" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "closure_notice" ADD CONSTRAINT "fk_closure_notice_match" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pairing_fit_response" ADD CONSTRAINT "fk_pairing_fit_match" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pairing_fit_response" ADD CONSTRAINT "fk_pairing_fit_respondent" FOREIGN KEY ("respondent_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "pairing_fit_response" DROP CONSTRAINT "fk_pairing_fit_respondent"',
    );
    await queryRunner.query(
      'ALTER TABLE "pairing_fit_response" DROP CONSTRAINT "fk_pairing_fit_match"',
    );
    await queryRunner.query(
      'ALTER TABLE "closure_notice" DROP CONSTRAINT "fk_closure_notice_match"',
    );
    await queryRunner.query(
      'ALTER TABLE "match_extension" DROP CONSTRAINT "fk_match_extension_decider"',
    );
    await queryRunner.query(
      'ALTER TABLE "match_extension" DROP CONSTRAINT "fk_match_extension_requester"',
    );
    await queryRunner.query(
      'ALTER TABLE "match_extension" DROP CONSTRAINT "fk_match_extension_match"',
    );
    await queryRunner.query(
      'ALTER TABLE "closure_response" DROP CONSTRAINT "fk_closure_response_respondent"',
    );
    await queryRunner.query(
      'ALTER TABLE "closure_response" DROP CONSTRAINT "fk_closure_response_match"',
    );
    await queryRunner.query(
      'ALTER TABLE "match_closure" DROP CONSTRAINT "fk_match_closure_initiator"',
    );
    await queryRunner.query('ALTER TABLE "match_closure" DROP CONSTRAINT "fk_match_closure_match"');
    await queryRunner.query('ALTER TABLE "pair_goal" DROP CONSTRAINT "chk_pair_goal_attainment"');
    await queryRunner.query('ALTER TABLE "program" DROP CONSTRAINT "chk_program_note_retention"');
    await queryRunner.query('ALTER TABLE "match" DROP CONSTRAINT "chk_match_state"');
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "chk_match_state" CHECK ("state" IN ('proposed', 'active', 'declined', 'expired', 'cancelled'))`,
    );
    await queryRunner.query('ALTER TABLE "pair_goal" DROP COLUMN "attainment"');
    await queryRunner.query('ALTER TABLE "match" DROP COLUMN "mentee_rematch_from"');
    await queryRunner.query('ALTER TABLE "match" DROP COLUMN "mentor_rematch_from"');
    await queryRunner.query('ALTER TABLE "match" DROP COLUMN "planned_end_date"');
    await queryRunner.query('ALTER TABLE "program" DROP COLUMN "note_retention_days"');
    await queryRunner.query('DROP TABLE "pairing_fit_response"');
    await queryRunner.query('DROP TABLE "closure_notice"');
    await queryRunner.query('DROP INDEX "public"."ix_match_extension_match"');
    await queryRunner.query('DROP INDEX "public"."uq_match_extension_pending"');
    await queryRunner.query('DROP TABLE "match_extension"');
    await queryRunner.query('DROP TABLE "closure_response"');
    await queryRunner.query('DROP INDEX "public"."ix_match_closure_closed_at"');
    await queryRunner.query('DROP TABLE "match_closure"');
  }
}
