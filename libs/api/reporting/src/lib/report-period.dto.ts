import { ApiPropertyOptional } from '@nestjs/swagger';
import { REPORT_PERIODS, ReportPeriod } from '@mentorbridge/shared-contracts';
import { IsIn, IsOptional } from 'class-validator';

export class ReportPeriodQueryDto {
  @ApiPropertyOptional({ enum: REPORT_PERIODS, default: 'all' })
  @IsOptional()
  @IsIn(REPORT_PERIODS, { message: `period must be one of ${REPORT_PERIODS.join(', ')}` })
  period?: ReportPeriod;
}
