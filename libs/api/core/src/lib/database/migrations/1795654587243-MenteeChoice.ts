import { MigrationInterface, QueryRunner } from 'typeorm';

export class MenteeChoice1795654587243 implements MigrationInterface {
  name = 'MenteeChoice1795654587243';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mentor_shortlist" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "mentee_user_id" uuid NOT NULL, "mentor_user_id" uuid NOT NULL, "rank" smallint NOT NULL, "score" double precision NOT NULL, "criteria" jsonb NOT NULL, "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_cc147b06264a85fab7e0b33f563" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentor_shortlist_mentee" ON "mentor_shortlist"  ("mentee_user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_mentor_shortlist_pair" ON "mentor_shortlist"  ("cohort_id", "mentee_user_id", "mentor_user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mentor_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "mentee_user_id" uuid NOT NULL, "mentor_user_id" uuid NOT NULL, "state" character varying(10) NOT NULL DEFAULT \'open\', "message" text, "score" double precision, "criteria" jsonb NOT NULL DEFAULT \'[]\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, "closed_reason" text, "match_id" uuid, CONSTRAINT "chk_mentor_request_state" CHECK ("state" IN (\'open\', \'accepted\', \'declined\', \'expired\', \'withdrawn\')), CONSTRAINT "PK_c5f77d8a71a25ea57ea4bf34afb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentor_request_mentee" ON "mentor_request"  ("mentee_user_id", "state") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mentor_request_mentor" ON "mentor_request"  ("mentor_user_id", "state") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_mentor_request_open" ON "mentor_request"  ("cohort_id", "mentee_user_id", "mentor_user_id") WHERE "state" = \'open\'',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_shortlist" ADD CONSTRAINT "fk_mentor_shortlist_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_shortlist" ADD CONSTRAINT "fk_mentor_shortlist_mentee" FOREIGN KEY ("mentee_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_shortlist" ADD CONSTRAINT "fk_mentor_shortlist_mentor" FOREIGN KEY ("mentor_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_request" ADD CONSTRAINT "fk_mentor_request_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_request" ADD CONSTRAINT "fk_mentor_request_mentee" FOREIGN KEY ("mentee_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_request" ADD CONSTRAINT "fk_mentor_request_mentor" FOREIGN KEY ("mentor_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_request" ADD CONSTRAINT "fk_mentor_request_match" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "mentor_request" DROP CONSTRAINT "fk_mentor_request_match"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_request" DROP CONSTRAINT "fk_mentor_request_mentor"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_request" DROP CONSTRAINT "fk_mentor_request_mentee"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_request" DROP CONSTRAINT "fk_mentor_request_cohort"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_shortlist" DROP CONSTRAINT "fk_mentor_shortlist_mentor"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_shortlist" DROP CONSTRAINT "fk_mentor_shortlist_mentee"',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_shortlist" DROP CONSTRAINT "fk_mentor_shortlist_cohort"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_mentor_request_open"');
    await queryRunner.query('DROP INDEX "public"."ix_mentor_request_mentor"');
    await queryRunner.query('DROP INDEX "public"."ix_mentor_request_mentee"');
    await queryRunner.query('DROP TABLE "mentor_request"');
    await queryRunner.query('DROP INDEX "public"."uq_mentor_shortlist_pair"');
    await queryRunner.query('DROP INDEX "public"."ix_mentor_shortlist_mentee"');
    await queryRunner.query('DROP TABLE "mentor_shortlist"');
  }
}
