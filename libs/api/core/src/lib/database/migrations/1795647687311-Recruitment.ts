import { MigrationInterface, QueryRunner } from 'typeorm';

export class Recruitment1795647687311 implements MigrationInterface {
  name = 'Recruitment1795647687311';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mail_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" character varying(320) NOT NULL, "to_user_id" uuid, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "kind" character varying(60) NOT NULL, "context" character varying(120), "status" character varying(10) NOT NULL DEFAULT \'queued\', "attempts" smallint NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_mail_message_status" CHECK ("status" IN (\'queued\', \'sent\', \'failed\')), CONSTRAINT "PK_d23285093ea237bc7632d4fcce9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mail_message_to_user" ON "mail_message"  ("to_user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mail_message_context" ON "mail_message"  ("context") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mail_message_queue" ON "mail_message"  ("status", "next_attempt_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'sent\', "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "opened_at" TIMESTAMP WITH TIME ZONE, "responded_at" TIMESTAMP WITH TIME ZONE, "reminders" smallint NOT NULL DEFAULT \'0\', "last_reminded_at" TIMESTAMP WITH TIME ZONE, "invited_by_id" uuid, CONSTRAINT "chk_invitation_status" CHECK ("status" IN (\'sent\', \'opened\', \'applied\', \'declined\')), CONSTRAINT "chk_invitation_role" CHECK ("role" IN (\'mentor\', \'mentee\')), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_invitation_user" ON "invitation"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_invitation" ON "invitation"  ("cohort_id", "user_id", "role") ',
    );
    await queryRunner.query(
      'CREATE TABLE "form_definition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "version" integer NOT NULL, "questions" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_id" uuid, CONSTRAINT "chk_form_definition_role" CHECK ("role" IN (\'mentor\', \'mentee\')), CONSTRAINT "PK_b61b2a107bed3674fc0613a67bf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_form_definition_version" ON "form_definition"  ("program_id", "role", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "recruitment_settings" ("program_id" uuid NOT NULL, "settings" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4db94b17c823ab9a4d1023cb70d" PRIMARY KEY ("program_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "form_id" uuid NOT NULL, "answers" jsonb NOT NULL, "status" character varying(12) NOT NULL DEFAULT \'submitted\', "goal_flag" character varying(12), "goal_flag_reasons" text array NOT NULL DEFAULT \'{}\', "profile" jsonb NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "decision_reason" text, "decision_message" text, "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_application_goal_flag" CHECK ("goal_flag" IN (\'too_short\', \'generic\')), CONSTRAINT "chk_application_status" CHECK ("status" IN (\'submitted\', \'approved\', \'rejected\', \'waitlisted\', \'withdrawn\')), CONSTRAINT "chk_application_role" CHECK ("role" IN (\'mentor\', \'mentee\')), CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_application_user" ON "application"  ("user_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_application_queue" ON "application"  ("cohort_id", "status", "submitted_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_application_live" ON "application"  ("cohort_id", "user_id", "role") WHERE "status" <> \'withdrawn\'',
    );
    await queryRunner.query(
      'CREATE TABLE "participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "application_id" uuid NOT NULL, "capacity" smallint NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'active\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_participant_capacity" CHECK ("capacity" BETWEEN 0 AND 50), CONSTRAINT "chk_participant_status" CHECK ("status" IN (\'active\', \'withdrawn\')), CONSTRAINT "chk_participant_role" CHECK ("role" IN (\'mentor\', \'mentee\')), CONSTRAINT "PK_64da4237f502041781ca15d4c41" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_participant_cohort" ON "participant"  ("cohort_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_participant_application" ON "participant"  ("application_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_participant_active" ON "participant"  ("cohort_id", "user_id", "role") WHERE "status" = \'active\'',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "form_definition" ADD CONSTRAINT "fk_form_definition_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "form_definition" ADD CONSTRAINT "fk_form_definition_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "recruitment_settings" ADD CONSTRAINT "fk_recruitment_settings_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "application" ADD CONSTRAINT "fk_application_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "application" ADD CONSTRAINT "fk_application_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "application" ADD CONSTRAINT "fk_application_form" FOREIGN KEY ("form_id") REFERENCES "form_definition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "application" ADD CONSTRAINT "fk_application_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "participant" ADD CONSTRAINT "fk_participant_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "participant" ADD CONSTRAINT "fk_participant_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "participant" ADD CONSTRAINT "fk_participant_application" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "participant" DROP CONSTRAINT "fk_participant_application"',
    );
    await queryRunner.query('ALTER TABLE "participant" DROP CONSTRAINT "fk_participant_user"');
    await queryRunner.query('ALTER TABLE "participant" DROP CONSTRAINT "fk_participant_cohort"');
    await queryRunner.query(
      'ALTER TABLE "application" DROP CONSTRAINT "fk_application_decided_by"',
    );
    await queryRunner.query('ALTER TABLE "application" DROP CONSTRAINT "fk_application_form"');
    await queryRunner.query('ALTER TABLE "application" DROP CONSTRAINT "fk_application_user"');
    await queryRunner.query('ALTER TABLE "application" DROP CONSTRAINT "fk_application_cohort"');
    await queryRunner.query(
      'ALTER TABLE "recruitment_settings" DROP CONSTRAINT "fk_recruitment_settings_program"',
    );
    await queryRunner.query(
      'ALTER TABLE "form_definition" DROP CONSTRAINT "fk_form_definition_created_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "form_definition" DROP CONSTRAINT "fk_form_definition_program"',
    );
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_invited_by"');
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_user"');
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_cohort"');
    await queryRunner.query('DROP INDEX "public"."uq_participant_active"');
    await queryRunner.query('DROP INDEX "public"."uq_participant_application"');
    await queryRunner.query('DROP INDEX "public"."ix_participant_cohort"');
    await queryRunner.query('DROP TABLE "participant"');
    await queryRunner.query('DROP INDEX "public"."uq_application_live"');
    await queryRunner.query('DROP INDEX "public"."ix_application_queue"');
    await queryRunner.query('DROP INDEX "public"."ix_application_user"');
    await queryRunner.query('DROP TABLE "application"');
    await queryRunner.query('DROP TABLE "recruitment_settings"');
    await queryRunner.query('DROP INDEX "public"."uq_form_definition_version"');
    await queryRunner.query('DROP TABLE "form_definition"');
    await queryRunner.query('DROP INDEX "public"."uq_invitation"');
    await queryRunner.query('DROP INDEX "public"."ix_invitation_user"');
    await queryRunner.query('DROP TABLE "invitation"');
    await queryRunner.query('DROP INDEX "public"."ix_mail_message_queue"');
    await queryRunner.query('DROP INDEX "public"."ix_mail_message_context"');
    await queryRunner.query('DROP INDEX "public"."ix_mail_message_to_user"');
    await queryRunner.query('DROP TABLE "mail_message"');
  }
}
