import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity, ParticipantEntity } from '../entities/enrollment.entities';

/**
 * Approved applicants become participants (what matching works with) and receive the program
 * role (mentor or mentee in that program); withdrawal undoes both.
 */
@Injectable()
export class ParticipantsService {
  async approve(
    manager: EntityManager,
    application: ApplicationEntity,
    programId: string,
    defaultCapacity: number,
  ): Promise<void> {
    const answered = application.answers['capacity'];
    const capacity =
      application.role === 'mentor'
        ? typeof answered === 'number'
          ? answered
          : defaultCapacity
        : 1;
    await manager.getRepository(ParticipantEntity).insert({
      cohortId: application.cohortId,
      userId: application.userId,
      role: application.role,
      applicationId: application.id,
      capacity,
      status: 'active',
    });
    await manager.query(
      `INSERT INTO role_grant (user_id, role, program_id) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, role, program_id) WHERE program_id IS NOT NULL DO NOTHING`,
      [application.userId, application.role, programId],
    );
  }

  async withdraw(
    manager: EntityManager,
    application: ApplicationEntity,
    programId: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE participant SET status = 'withdrawn', withdrawn_at = now() WHERE application_id = $1 AND status = 'active'`,
      [application.id],
    );
    // The program role stays while the person still takes part in another cohort of the program.
    await manager.query(
      `DELETE FROM role_grant g
        WHERE g.user_id = $1 AND g.role = $2 AND g.program_id = $3
          AND NOT EXISTS (SELECT 1 FROM participant p JOIN cohort c ON c.id = p.cohort_id
                           WHERE p.user_id = $1 AND p.role = $2 AND p.status = 'active' AND c.program_id = $3)`,
      [application.userId, application.role, programId],
    );
  }
}
