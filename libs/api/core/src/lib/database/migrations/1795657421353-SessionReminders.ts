import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionReminders1795657421353 implements MigrationInterface {
  name = 'SessionReminders1795657421353';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "mentoring_session" ADD "reminded_at" TIMESTAMP WITH TIME ZONE',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "mentoring_session" DROP COLUMN "reminded_at"');
  }
}
