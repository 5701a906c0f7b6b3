import { Controller, Get, HttpCode, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthStatus } from '@mentorbridge/shared-contracts';
import { DataSource } from 'typeorm';
import { ServiceUnavailableError } from '../errors/domain-errors';
import { Public } from './access-policy';

export const APP_VERSION = Symbol('APP_VERSION');

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_VERSION) private readonly version: string,
  ) {}

  @Get()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness and database reachability (503 when the database is down)' })
  async check(): Promise<HealthStatus> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableError('The database is not reachable.');
    }
    return { status: 'ok', database: 'up', version: this.version };
  }
}
