import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795640296721 implements MigrationInterface {
  name = 'InitialSchema1795640296721';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "scheduled_job" ("name" character varying(100) NOT NULL, "interval_seconds" integer NOT NULL, "next_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "locked_by" character varying(100), "last_started_at" TIMESTAMP WITH TIME ZONE, "last_finished_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "PK_e9fa2da896f3bb1da2821312e47" PRIMARY KEY ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "login_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "ip_address" character varying(64) NOT NULL, "succeeded" boolean NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_login_attempt_address" ON "login_attempt"  ("ip_address", "attempted_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_login_attempt_email_address" ON "login_attempt"  ("email", "ip_address", "attempted_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "email" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" text, "status" character varying(20) NOT NULL DEFAULT \'invited\', "department" character varying(120), "title" character varying(160), "location" character varying(120), "seniority_level" smallint, "languages" text array NOT NULL DEFAULT \'{}\', "time_zone" character varying(64), "manager_id" uuid, "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_app_user_not_own_manager" CHECK ("manager_id" <> "id"), CONSTRAINT "chk_app_user_seniority" CHECK ("seniority_level" BETWEEN 1 AND 6), CONSTRAINT "chk_app_user_status" CHECK ("status" IN (\'invited\', \'active\', \'deactivated\')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user"  ("email") ');
    await queryRunner.query('CREATE INDEX "ix_app_user_department" ON "app_user"  ("department") ');
    await queryRunner.query('CREATE INDEX "ix_app_user_manager" ON "app_user"  ("manager_id") ');
    await queryRunner.query(
      'CREATE TABLE "role_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "program_id" uuid, "granted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_role_grant_role" CHECK ("role" IN (\'admin\', \'mentor\', \'mentee\', \'executive\')), CONSTRAINT "PK_b9e50aafa723c536731c38529fb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_role_grant_program" ON "role_grant"  ("program_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_role_grant_program" ON "role_grant"  ("user_id", "role", "program_id") WHERE "program_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_role_grant_org" ON "role_grant"  ("user_id", "role") WHERE "program_id" IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip_address" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_user_session_user" ON "user_session"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_user_session_token" ON "user_session"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_user_session_expires" ON "user_session"  ("expires_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "user_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_user_token_purpose" CHECK ("purpose" IN (\'activation\')), CONSTRAINT "PK_48cb6b5c20faa63157b3c1baf7f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_user_token_user" ON "user_token"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_user_token_hash" ON "user_token"  ("token_hash") ',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_manager" FOREIGN KEY ("manager_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_grant" ADD CONSTRAINT "fk_role_grant_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "role_grant" ADD CONSTRAINT "fk_role_grant_granted_by" FOREIGN KEY ("granted_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_session" ADD CONSTRAINT "fk_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_token" ADD CONSTRAINT "fk_user_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user_token" DROP CONSTRAINT "fk_user_token_user"');
    await queryRunner.query('ALTER TABLE "user_session" DROP CONSTRAINT "fk_user_session_user"');
    await queryRunner.query('ALTER TABLE "role_grant" DROP CONSTRAINT "fk_role_grant_granted_by"');
    await queryRunner.query('ALTER TABLE "role_grant" DROP CONSTRAINT "fk_role_grant_user"');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_manager"');
    await queryRunner.query('DROP INDEX "public"."uq_user_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_user_token_user"');
    await queryRunner.query('DROP TABLE "user_token"');
    await queryRunner.query('DROP INDEX "public"."ix_user_session_expires"');
    await queryRunner.query('DROP INDEX "public"."uq_user_session_token"');
    await queryRunner.query('DROP INDEX "public"."ix_user_session_user"');
    await queryRunner.query('DROP TABLE "user_session"');
    await queryRunner.query('DROP INDEX "public"."uq_role_grant_org"');
    await queryRunner.query('DROP INDEX "public"."uq_role_grant_program"');
    await queryRunner.query('DROP INDEX "public"."ix_role_grant_program"');
    await queryRunner.query('DROP TABLE "role_grant"');
    await queryRunner.query('DROP INDEX "public"."ix_app_user_manager"');
    await queryRunner.query('DROP INDEX "public"."ix_app_user_department"');
    await queryRunner.query('DROP INDEX "public"."uq_app_user_email"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP INDEX "public"."ix_login_attempt_email_address"');
    await queryRunner.query('DROP INDEX "public"."ix_login_attempt_address"');
    await queryRunner.query('DROP TABLE "login_attempt"');
    await queryRunner.query('DROP TABLE "scheduled_job"');
  }
}
