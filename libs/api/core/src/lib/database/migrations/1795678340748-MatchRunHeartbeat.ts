import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchRunHeartbeat1795678340748 implements MigrationInterface {
  name = 'MatchRunHeartbeat1795678340748';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "match_run" ADD "runner_host" character varying(255)');
    await queryRunner.query('ALTER TABLE "match_run" ADD "runner_pid" integer');
    await queryRunner.query('ALTER TABLE "match_run" ADD "heartbeat_at" TIMESTAMP WITH TIME ZONE');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "match_run" DROP COLUMN "heartbeat_at"');
    await queryRunner.query('ALTER TABLE "match_run" DROP COLUMN "runner_pid"');
    await queryRunner.query('ALTER TABLE "match_run" DROP COLUMN "runner_host"');
  }
}
