import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@mentorbridge/api-core';
import { OrganisationStats, PERMISSIONS } from '@mentorbridge/shared-contracts';
import { UserDirectoryService } from './user-directory.service';

@ApiTags('organisation')
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly directory: UserDirectoryService) {}

  @Get('stats')
  @RequirePermission(PERMISSIONS.orgStatsRead)
  @ApiOperation({ summary: 'Organisation counts (people, departments, roles): aggregates only' })
  stats(): Promise<OrganisationStats> {
    return this.directory.stats();
  }
}
