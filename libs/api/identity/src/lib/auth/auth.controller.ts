import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  APP_CONFIG,
  AppConfig,
  Authenticated,
  isSecureRequest,
  Public,
} from '@mentorbridge/api-core';
import {
  ActivationInfo,
  CSRF_COOKIE,
  CurrentUser,
  SESSION_COOKIE,
} from '@mentorbridge/shared-contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ActivateAccountDto, ChangePasswordDto, LoginDto } from '../dto/auth.dto';
import { Actor, AuthUser, AuthenticatedRequest, toCurrentUser } from './auth-user';
import { AuthService, ClientMeta } from './auth.service';
import { SessionService } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('csrf')
  @Public()
  @ApiOperation({
    summary: 'Issue the CSRF token',
    description:
      'Returns the XSRF-TOKEN cookie value (setting the cookie when missing). Send it back in the X-XSRF-TOKEN header on every POST/PUT/PATCH/DELETE.',
  })
  csrf(@Req() request: FastifyRequest): { token: string } {
    return { token: request.cookies[CSRF_COOKIE] ?? '' };
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password (sets the session cookie)' })
  @ApiUnauthorizedResponse({ description: 'Email or password is incorrect.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts from this address.' })
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CurrentUser> {
    const { token, user } = await this.auth.login(body.email, body.password, clientMeta(request));
    this.setSessionCookie(request, reply, token);
    return toCurrentUser(user);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends this session on the server and clears the cookie' })
  @ApiNoContentResponse()
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await this.sessions.revoke(token);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in person, their roles, permissions and home page' })
  me(@Actor() actor: AuthUser): CurrentUser {
    return toCurrentUser(actor);
  }

  @Get('activation/:token')
  @Public()
  @ApiOperation({ summary: 'Who an activation link is for (404 when invalid, used or expired)' })
  @ApiNotFoundResponse()
  activationInfo(@Param('token') token: string): Promise<ActivationInfo> {
    return this.auth.activationInfo(token);
  }

  @Post('activate')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Choose a password from an activation link; signs the person in' })
  @ApiNotFoundResponse()
  @ApiConflictResponse()
  async activate(
    @Body() body: ActivateAccountDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CurrentUser> {
    const { token, user } = await this.auth.activate(
      body.token,
      body.password,
      clientMeta(request),
    );
    this.setSessionCookie(request, reply, token);
    return toCurrentUser(user);
  }

  @Post('password')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Change my password (signs out my other sessions)' })
  @ApiOkResponse()
  async changePassword(@Actor() actor: AuthUser, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }

  private setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
    void reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: isSecureRequest(this.config, request),
      maxAge: this.sessions.maxAgeSeconds,
    });
  }
}

function clientMeta(request: AuthenticatedRequest | FastifyRequest): ClientMeta {
  const agent = request.headers['user-agent'];
  return {
    ipAddress: request.ip ?? 'unknown',
    userAgent: typeof agent === 'string' ? agent : null,
  };
}
