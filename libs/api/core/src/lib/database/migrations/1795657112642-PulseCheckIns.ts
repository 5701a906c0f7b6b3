import { MigrationInterface, QueryRunner } from 'typeorm';

export class PulseCheckIns1795657112642 implements MigrationInterface {
  name = 'PulseCheckIns1795657112642';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "pulse_response" ("id" uuid NOT NULL, "match_id" uuid NOT NULL, "respondent_id" uuid NOT NULL, "side" character varying(6) NOT NULL, "due_on" date NOT NULL, "satisfaction" smallint, "comment_sealed" bytea, "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_pulse_response_satisfaction" CHECK ("satisfaction" BETWEEN 1 AND 5), CONSTRAINT "PK_6eb3aa1362659d77d08d1bcc3a1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_pulse_response_respondent" ON "pulse_response"  ("respondent_id", "answered_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_pulse_response_due" ON "pulse_response"  ("match_id", "respondent_id", "due_on") ',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_response" ADD CONSTRAINT "fk_pulse_response_match" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_response" ADD CONSTRAINT "fk_pulse_response_respondent" FOREIGN KEY ("respondent_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "pulse_response" DROP CONSTRAINT "fk_pulse_response_respondent"',
    );
    await queryRunner.query(
      'ALTER TABLE "pulse_response" DROP CONSTRAINT "fk_pulse_response_match"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_pulse_response_due"');
    await queryRunner.query('DROP INDEX "public"."ix_pulse_response_respondent"');
    await queryRunner.query('DROP TABLE "pulse_response"');
  }
}
