import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgramPulseGoalTemplatesCancelReason1795664411175 implements MigrationInterface {
  name = 'ProgramPulseGoalTemplatesCancelReason1795664411175';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "program" ADD "pulse_first_day" smallint');
    await queryRunner.query('ALTER TABLE "program" ADD "pulse_every_days" smallint');
    await queryRunner.query(
      'ALTER TABLE "program" ADD "goal_templates" jsonb NOT NULL DEFAULT \'[]\'',
    );
    await queryRunner.query('ALTER TABLE "mentoring_session" ADD "cancel_reason_sealed" bytea');
    await queryRunner.query(
      'ALTER TABLE "program" ADD CONSTRAINT "chk_program_pulse_every_days" CHECK ("pulse_every_days" BETWEEN 7 AND 365)',
    );
    await queryRunner.query(
      'ALTER TABLE "program" ADD CONSTRAINT "chk_program_pulse_first_day" CHECK ("pulse_first_day" BETWEEN 1 AND 365)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "program" DROP CONSTRAINT "chk_program_pulse_first_day"');
    await queryRunner.query('ALTER TABLE "program" DROP CONSTRAINT "chk_program_pulse_every_days"');
    await queryRunner.query('ALTER TABLE "mentoring_session" DROP COLUMN "cancel_reason_sealed"');
    await queryRunner.query('ALTER TABLE "program" DROP COLUMN "goal_templates"');
    await queryRunner.query('ALTER TABLE "program" DROP COLUMN "pulse_every_days"');
    await queryRunner.query('ALTER TABLE "program" DROP COLUMN "pulse_first_day"');
  }
}
