import { MigrationInterface, QueryRunner } from 'typeorm';

export class RoleGrantUserIndex1795674576480 implements MigrationInterface {
  name = 'RoleGrantUserIndex1795674576480';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "ix_role_grant_user" ON "role_grant"  ("user_id") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_role_grant_user"');
  }
}
