import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportFlagsCheckIns1795656892549 implements MigrationInterface {
  name = 'SupportFlagsCheckIns1795656892549';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "pair_flag" ("id" uuid NOT NULL, "match_id" uuid NOT NULL, "raised_by_id" uuid NOT NULL, "raised_by_side" character varying(6) NOT NULL, "topic" character varying(12) NOT NULL, "urgency" character varying(6) NOT NULL, "message_sealed" bytea NOT NULL, "status" character varying(8) NOT NULL DEFAULT \'open\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, "resolution" text, CONSTRAINT "chk_pair_flag_urgency" CHECK ("urgency" IN (\'low\', \'medium\', \'high\')), CONSTRAINT "chk_pair_flag_status" CHECK ("status" IN (\'open\', \'resolved\')), CONSTRAINT "PK_0970949e2ba34350249291b7dce" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pair_flag_match" ON "pair_flag"  ("match_id", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "coordinator_check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "channel" character varying(8) NOT NULL, "outcome" text NOT NULL, "by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_coordinator_check_in_channel" CHECK ("channel" IN (\'call\', \'meeting\', \'email\', \'chat\')), CONSTRAINT "PK_0e72bbaf48db040791619dcc163" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_coordinator_check_in_match" ON "coordinator_check_in"  ("match_id", "at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "pair_flag" ADD CONSTRAINT "fk_pair_flag_match" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pair_flag" ADD CONSTRAINT "fk_pair_flag_raised_by" FOREIGN KEY ("raised_by_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pair_flag" ADD CONSTRAINT "fk_pair_flag_resolved_by" FOREIGN KEY ("resolved_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "coordinator_check_in" ADD CONSTRAINT "fk_coordinator_check_in_match" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "coordinator_check_in" ADD CONSTRAINT "fk_coordinator_check_in_by" FOREIGN KEY ("by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "coordinator_check_in" DROP CONSTRAINT "fk_coordinator_check_in_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "coordinator_check_in" DROP CONSTRAINT "fk_coordinator_check_in_match"',
    );
    await queryRunner.query('ALTER TABLE "pair_flag" DROP CONSTRAINT "fk_pair_flag_resolved_by"');
    await queryRunner.query('ALTER TABLE "pair_flag" DROP CONSTRAINT "fk_pair_flag_raised_by"');
    await queryRunner.query('ALTER TABLE "pair_flag" DROP CONSTRAINT "fk_pair_flag_match"');
    await queryRunner.query('DROP INDEX "public"."ix_coordinator_check_in_match"');
    await queryRunner.query('DROP TABLE "coordinator_check_in"');
    await queryRunner.query('DROP INDEX "public"."ix_pair_flag_match"');
    await queryRunner.query('DROP TABLE "pair_flag"');
  }
}
