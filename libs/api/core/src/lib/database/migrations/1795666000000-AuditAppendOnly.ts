import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log is append-only for every database role the application uses: a row trigger
 * refuses UPDATE and DELETE (TRUNCATE, an owner-only statement, stays possible for test resets).
 */
export class AuditAppendOnly1795666000000 implements MigrationInterface {
  name = 'AuditAppendOnly1795666000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$ LANGUAGE plpgsql`);
    await queryRunner.query(
      'CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_event_append_only ON audit_event');
    await queryRunner.query('DROP FUNCTION audit_event_append_only()');
  }
}
