import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ValidationFailedError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { ProgramAccess, ProgramEntity } from '@mentorbridge/api-programs';
import {
  FieldError,
  FormDefinition,
  FormQuestion,
  ParticipantRole,
  QuestionType,
  StandardQuestionKey,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { FormDefinitionEntity } from '../entities/enrollment.entities';
import { defaultQuestions } from './default-forms';

/** The type each standard key must keep, because later stages (matching) read it. */
const STANDARD_TYPES: Record<StandardQuestionKey, QuestionType[]> = {
  goal: ['long_text'],
  target_skills: ['tags'],
  expertise: ['tags'],
  years_experience: ['single_choice'],
  capacity: ['number'],
  languages: ['tags'],
  availability: ['availability'],
  meeting_modes: ['multi_choice'],
  avoid_topics: ['tags'],
  preferred_seniority: ['single_choice'],
};

/** Questions a role's form must keep: without them the program cannot screen or match. */
const REQUIRED_KEYS: Record<ParticipantRole, StandardQuestionKey[]> = {
  mentee: ['goal'],
  mentor: ['expertise', 'capacity'],
};

/**
 * Application forms, versioned: saving creates a new version and applications keep pointing at
 * the version they were answered on.
 */
@Injectable()
export class FormsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProgramAccess,
  ) {}

  async current(
    actor: AuthUser,
    programId: string,
    role: ParticipantRole,
  ): Promise<FormDefinition> {
    await this.access.assertManageable(actor, programId);
    return this.dataSource.transaction((manager) => this.ensureCurrent(manager, programId, role));
  }

  async versions(
    actor: AuthUser,
    programId: string,
    role: ParticipantRole,
  ): Promise<FormDefinition[]> {
    await this.access.assertManageable(actor, programId);
    const rows = await this.dataSource.getRepository(FormDefinitionEntity).find({
      where: { programId, role },
      relations: { createdBy: true },
      order: { version: 'DESC' },
    });
    return rows.map(toForm);
  }

  async save(
    actor: AuthUser,
    programId: string,
    role: ParticipantRole,
    questions: FormQuestion[],
  ): Promise<FormDefinition> {
    await this.access.assertManageable(actor, programId);
    const problems = checkQuestions(role, questions);
    if (problems.length > 0) throw new ValidationFailedError('The form has problems.', problems);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `form:${programId}:${role}`,
      ]);
      const latest = await this.latest(manager, programId, role);
      const saved = await manager.getRepository(FormDefinitionEntity).save(
        manager.getRepository(FormDefinitionEntity).create({
          programId,
          role,
          version: (latest?.version ?? 0) + 1,
          questions,
          createdById: actor.id,
        }),
      );
      return toForm(
        await manager
          .getRepository(FormDefinitionEntity)
          .findOneOrFail({ where: { id: saved.id }, relations: { createdBy: true } }),
      );
    });
  }

  /** The latest version, creating version 1 from the defaults the first time. */
  async ensureCurrent(
    manager: EntityManager,
    programId: string,
    role: ParticipantRole,
  ): Promise<FormDefinition> {
    const latest = await this.latest(manager, programId, role);
    if (latest) return toForm(latest);
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `form:${programId}:${role}`,
    ]);
    const again = await this.latest(manager, programId, role);
    if (again) return toForm(again);
    const program = await manager
      .getRepository(ProgramEntity)
      .findOneOrFail({ where: { id: programId } });
    const saved = await manager.getRepository(FormDefinitionEntity).save(
      manager.getRepository(FormDefinitionEntity).create({
        programId,
        role,
        version: 1,
        questions: defaultQuestions(role, program),
        createdById: null,
      }),
    );
    return toForm(saved);
  }

  private latest(manager: EntityManager, programId: string, role: ParticipantRole) {
    return manager.getRepository(FormDefinitionEntity).findOne({
      where: { programId, role },
      relations: { createdBy: true },
      order: { version: 'DESC' },
    });
  }
}

export function toForm(f: FormDefinitionEntity): FormDefinition {
  return {
    id: f.id,
    programId: f.programId,
    role: f.role,
    version: f.version,
    questions: f.questions,
    createdAt: f.createdAt.toISOString(),
    createdBy: f.createdBy
      ? { id: f.createdBy.id, displayName: f.createdBy.displayName, email: f.createdBy.email }
      : null,
  };
}

export function checkQuestions(role: ParticipantRole, questions: FormQuestion[]): FieldError[] {
  const problems: FieldError[] = [];
  const keys = questions.map((q) => q.key);
  questions.forEach((q, i) => {
    const at = `questions.${i}`;
    if (keys.indexOf(q.key) !== i)
      problems.push({ field: `${at}.key`, message: `"${q.key}" is used twice` });
    const standard = STANDARD_TYPES[q.key as StandardQuestionKey];
    if (standard && !standard.includes(q.type)) {
      problems.push({
        field: `${at}.type`,
        message: `"${q.key}" must stay a ${standard.join(' or ')} question`,
      });
    }
    if ((q.type === 'single_choice' || q.type === 'multi_choice') && (q.options?.length ?? 0) < 2) {
      problems.push({
        field: `${at}.options`,
        message: 'a choice question needs at least two options',
      });
    }
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
      problems.push({ field: `${at}.min`, message: 'must not be above max' });
    }
  });
  for (const key of REQUIRED_KEYS[role]) {
    const question = questions.find((q) => q.key === key);
    if (!question || !question.required) {
      problems.push({
        field: 'questions',
        message: `the ${role} form must keep the required "${key}" question`,
      });
    }
  }
  return problems;
}
