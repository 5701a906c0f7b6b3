import { MigrationInterface, QueryRunner } from 'typeorm';

export class GoalsAndPhase1795655887146 implements MigrationInterface {
  name = 'GoalsAndPhase1795655887146';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "pair_goal" ("id" uuid NOT NULL, "match_id" uuid NOT NULL, "title_sealed" bytea NOT NULL, "why_sealed" bytea, "measure_sealed" bytea, "target_date" date, "status" character varying(10) NOT NULL DEFAULT \'open\', "progress" smallint NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_pair_goal_progress" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "chk_pair_goal_status" CHECK ("status" IN (\'open\', \'achieved\', \'partly\', \'dropped\')), CONSTRAINT "PK_0daa46e87e9dc9e34fffdda18f3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_pair_goal_match" ON "pair_goal"  ("match_id") ');
    await queryRunner.query(
      'CREATE TABLE "goal_milestone" ("id" uuid NOT NULL, "goal_id" uuid NOT NULL, "title_sealed" bytea NOT NULL, "due_date" date, "done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e0e21dcbd581fad02b78b3de9a8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_goal_milestone_goal" ON "goal_milestone"  ("goal_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "goal_update" ("id" uuid NOT NULL, "goal_id" uuid NOT NULL, "author_side" character varying(6) NOT NULL, "progress" smallint NOT NULL, "note_sealed" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5adee3f154acdde7443348e24cc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_goal_update_goal" ON "goal_update"  ("goal_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "pair_phase" ("match_id" uuid NOT NULL, "phase" character varying(14) NOT NULL, "updated_by_side" character varying(6) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_pair_phase" CHECK ("phase" IN (\'rapport\', \'direction\', \'progress\', \'winding_down\', \'moving_on\')), CONSTRAINT "PK_ec26a7a8890944867d2a9830659" PRIMARY KEY ("match_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "pair_goal" ADD CONSTRAINT "fk_pair_goal_match" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_milestone" ADD CONSTRAINT "fk_goal_milestone_goal" FOREIGN KEY ("goal_id") REFERENCES "pair_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal_update" ADD CONSTRAINT "fk_goal_update_goal" FOREIGN KEY ("goal_id") REFERENCES "pair_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pair_phase" ADD CONSTRAINT "fk_pair_phase_match" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "pair_phase" DROP CONSTRAINT "fk_pair_phase_match"');
    await queryRunner.query('ALTER TABLE "goal_update" DROP CONSTRAINT "fk_goal_update_goal"');
    await queryRunner.query(
      'ALTER TABLE "goal_milestone" DROP CONSTRAINT "fk_goal_milestone_goal"',
    );
    await queryRunner.query('ALTER TABLE "pair_goal" DROP CONSTRAINT "fk_pair_goal_match"');
    await queryRunner.query('DROP TABLE "pair_phase"');
    await queryRunner.query('DROP INDEX "public"."ix_goal_update_goal"');
    await queryRunner.query('DROP TABLE "goal_update"');
    await queryRunner.query('DROP INDEX "public"."ix_goal_milestone_goal"');
    await queryRunner.query('DROP TABLE "goal_milestone"');
    await queryRunner.query('DROP INDEX "public"."ix_pair_goal_match"');
    await queryRunner.query('DROP TABLE "pair_goal"');
  }
}
