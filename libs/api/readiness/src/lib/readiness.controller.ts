import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, NotFoundError, RequirePermission } from '@mentorbridge/api-core';
import { Actor, AuthUser } from '@mentorbridge/api-identity';
import {
  AssessmentDetail,
  AssessmentSummary,
  PERMISSIONS,
  Questionnaire,
  QuestionnaireSummary,
  ReadinessItem,
} from '@mentorbridge/shared-contracts';
import { AssessmentsService } from './assessments/assessments.service';
import { ItemBankService } from './bank/item-bank.service';
import {
  CreateAssessmentDto,
  CreateReadinessItemDto,
  RespondentDto,
  SaveAnswersDto,
  UpdateReadinessItemDto,
} from './dto/readiness.dto';
import { QuestionnairesService } from './questionnaires/questionnaires.service';

const uuid = (what: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError(what) });

@ApiTags('readiness')
@Controller()
export class ReadinessController {
  constructor(
    private readonly bank: ItemBankService,
    private readonly assessments: AssessmentsService,
  ) {}

  @Get('programs/:id/readiness/items')
  @RequirePermission(PERMISSIONS.readinessManage)
  @ApiOperation({
    summary: "The program's readiness item bank (built-in items and the program's own)",
  })
  @ApiNotFoundResponse()
  items(
    @Actor() actor: AuthUser,
    @Param('id', uuid('program')) id: string,
  ): Promise<ReadinessItem[]> {
    return this.bank.list(actor, id);
  }

  @Post('programs/:id/readiness/items')
  @RequirePermission(PERMISSIONS.readinessManage)
  @ApiOperation({
    summary: "Add an item to the program's bank (used by assessments created afterwards)",
  })
  @ApiCreatedResponse()
  @ApiNotFoundResponse()
  addItem(
    @Actor() actor: AuthUser,
    @Param('id', uuid('program')) id: string,
    @Body() body: CreateReadinessItemDto,
  ): Promise<ReadinessItem> {
    return this.bank.create(actor, id, body);
  }

  @Patch('readiness/items/:itemId')
  @RequirePermission(PERMISSIONS.readinessManage)
  @ApiOperation({ summary: "Edit or deactivate one of the program's own items" })
  @ApiNotFoundResponse()
  updateItem(
    @Actor() actor: AuthUser,
    @Param('itemId', uuid('readiness item')) itemId: string,
    @Body() body: UpdateReadinessItemDto,
  ): Promise<ReadinessItem> {
    return this.bank.update(actor, itemId, body);
  }

  @Get('programs/:id/readiness/assessments')
  @RequirePermission(PERMISSIONS.readinessManage)
  @ApiOperation({
    summary: "The program's readiness assessments, newest first, with band and progress",
  })
  @ApiNotFoundResponse()
  list(
    @Actor() actor: AuthUser,
    @Param('id', uuid('program')) id: string,
  ): Promise<AssessmentSummary[]> {
    return this.assessments.list(actor, id);
  }

  @Post('programs/:id/readiness/assessments')
  @RequirePermission(PERMISSIONS.readinessManage)
  @ApiOperation({ summary: 'Start an assessment: freezes the item bank and invites respondents' })
  @ApiCreatedResponse()
  @ApiNotFoundResponse()
  create(
    @Actor() actor: AuthUser,
    @Param('id', uuid('program')) id: string,
    @Body() body: CreateAssessmentDto,
  ): Promise<AssessmentDetail> {
    return this.assessments.create(actor, id, body);
  }

  @Get('readiness/assessments/:id')
  @RequirePermission(PERMISSIONS.readinessManage)
  @ApiOperation({
    summary:
      'An assessment with its scores, band, recommendations, disagreements and the previous cycle',
  })
  @ApiNotFoundResponse()
  get(
    @Actor() actor: AuthUser,
    @Param('id', uuid('assessment')) id: string,
  ): Promise<AssessmentDetail> {
    return this.assessments.get(actor, id);
  }

  @Post('readiness/assessments/:id/respondents')
  @RequirePermission(PERMISSIONS.readinessManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask one more person to answer (open assessments only)' })
  @ApiNotFoundResponse()
  @ApiConflictResponse()
  addRespondent(
    @Actor() actor: AuthUser,
    @Param('id', uuid('assessment')) id: string,
    @Body() body: RespondentDto,
  ): Promise<AssessmentDetail> {
    return this.assessments.addRespondent(actor, id, body);
  }

  @Delete('readiness/assessments/:id/respondents/:userId')
  @RequirePermission(PERMISSIONS.readinessManage)
  @ApiOperation({ summary: 'Remove a respondent and their answers (open assessments only)' })
  @ApiNotFoundResponse()
  removeRespondent(
    @Actor() actor: AuthUser,
    @Param('id', uuid('assessment')) id: string,
    @Param('userId', uuid('respondent')) userId: string,
  ): Promise<AssessmentDetail> {
    return this.assessments.removeRespondent(actor, id, userId);
  }

  @Post('readiness/assessments/:id/complete')
  @RequirePermission(PERMISSIONS.readinessManage)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Complete the assessment: answers freeze and the result counts for launch',
  })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Already completed, or nobody answered.' })
  complete(
    @Actor() actor: AuthUser,
    @Param('id', uuid('assessment')) id: string,
  ): Promise<AssessmentDetail> {
    return this.assessments.complete(actor, id);
  }
}

@ApiTags('readiness')
@Controller('readiness/questionnaires')
export class QuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Readiness questionnaires I was asked to answer (open assessments)' })
  mine(@Actor() actor: AuthUser): Promise<QuestionnaireSummary[]> {
    return this.questionnaires.mine(actor);
  }

  @Get(':assessmentId')
  @Authenticated()
  @ApiOperation({ summary: 'My questionnaire with my answers so far (respondents only)' })
  @ApiNotFoundResponse()
  get(
    @Actor() actor: AuthUser,
    @Param('assessmentId', uuid('questionnaire')) id: string,
  ): Promise<Questionnaire> {
    return this.questionnaires.get(actor, id);
  }

  @Put(':assessmentId')
  @Authenticated()
  @ApiOperation({ summary: 'Save my answers (1–5 or null for "don\'t know"); submit when done' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The assessment is completed.' })
  save(
    @Actor() actor: AuthUser,
    @Param('assessmentId', uuid('questionnaire')) id: string,
    @Body() body: SaveAnswersDto,
  ): Promise<Questionnaire> {
    return this.questionnaires.save(actor, id, body);
  }
}
