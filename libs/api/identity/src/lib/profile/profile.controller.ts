import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@mentorbridge/api-core';
import type { UserDetail } from '@mentorbridge/shared-contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, AuthUser } from '../auth/auth-user';
import { UpdateProfileDto } from '../dto/users.dto';
import { UserEntity } from '../entities';
import { UserDirectoryService } from '../users/user-directory.service';

@ApiTags('profile')
@Controller('me/profile')
export class ProfileController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'My profile and directory fields' })
  get(@Actor() actor: AuthUser): Promise<UserDetail> {
    return this.directory.get(actor.id);
  }

  @Patch()
  @Authenticated()
  @ApiOperation({ summary: 'Update my name, location, languages and time zone' })
  async update(@Actor() actor: AuthUser, @Body() body: UpdateProfileDto): Promise<UserDetail> {
    const changes: Partial<UserEntity> = {};
    if (body.displayName !== undefined && body.displayName !== null)
      changes.displayName = body.displayName;
    if (body.location !== undefined) changes.location = body.location;
    if (body.languages !== undefined) changes.languages = body.languages;
    if (body.timeZone !== undefined) changes.timeZone = body.timeZone;
    if (Object.keys(changes).length > 0) {
      await this.dataSource
        .getRepository(UserEntity)
        .createQueryBuilder()
        .update()
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id', { id: actor.id })
        .execute();
    }
    return this.directory.get(actor.id);
  }
}
