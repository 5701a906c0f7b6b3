import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { CSRF_COOKIE } from '@mentorbridge/shared-contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { ApiExceptionFilter, SpaFallback } from '../errors/api-exception.filter';
import { createValidationPipe } from './validation';

export const API_PREFIX = 'api';

export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Request ids are generated here, never taken from the client (log injection).
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    logger: false,
  });
}

/** Whether a cookie set on this request should be marked Secure. */
export function isSecureRequest(config: AppConfig, request: FastifyRequest): boolean {
  if (config.session.cookieSecure === 'always') return true;
  if (config.session.cookieSecure === 'never') return false;
  return request.protocol === 'https';
}

/**
 * Everything about HTTP that production and the test harness share: prefix, validation, error
 * shape, cookies, CSRF cookie, security headers, CORS, OpenAPI and (when built) the web app.
 */
export async function configureHttpApp(
  app: NestFastifyApplication,
  config: AppConfig,
  options: { version: string },
): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: { maxAge: 31536000, includeSubDomains: true },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.enableCors({
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: true,
  });

  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', String(request.id));
    if (!request.cookies[CSRF_COOKIE]) {
      const token = randomBytes(24).toString('base64url');
      // Make the fresh token visible to the CSRF check of this same request too.
      request.cookies[CSRF_COOKIE] = token;
      void reply.setCookie(CSRF_COOKIE, token, {
        path: '/',
        sameSite: 'strict',
        httpOnly: false,
        secure: isSecureRequest(config, request),
      });
    }
    if (request.url.startsWith(`/${API_PREFIX}/`)) {
      void reply.header('cache-control', 'no-store');
    }
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('MentorBridge API')
      .setDescription(
        'Organisational mentoring programs: identity, programs, recruitment, matching, sessions, ' +
          'closure and reporting. Authentication is a session cookie; every state-changing request ' +
          'must send the XSRF-TOKEN cookie value in the X-XSRF-TOKEN header.',
      )
      .setVersion(options.version)
      .addCookieAuth('mb_session')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json`,
  });

  const spaFallback = config.webDistDir ? serveWebApp(app, config.webDistDir) : undefined;
  app.useGlobalFilters(new ApiExceptionFilter(spaFallback));
}

/** Serves the built Angular app; unknown non-API paths fall back to index.html (client routing). */
function serveWebApp(app: NestFastifyApplication, dir: string): SpaFallback | undefined {
  const indexPath = join(dir, 'index.html');
  if (!existsSync(indexPath)) {
    new Logger('WebApp').warn(`No web build at ${dir}; only the API is served.`);
    return undefined;
  }
  const indexHtml = readFileSync(indexPath);
  app.useStaticAssets({
    root: dir,
    prefix: '/',
    index: false,
    wildcard: false,
    cacheControl: false,
    // @fastify/static 10 hands setHeaders the Fastify reply (its typings still say ServerResponse).
    setHeaders: (res, path) => {
      (res as unknown as FastifyReply).header('cache-control', cacheControlFor(path));
    },
  });
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (
      request.method !== 'GET' ||
      path === `/${API_PREFIX}` ||
      path.startsWith(`/${API_PREFIX}/`)
    ) {
      return false;
    }
    void reply
      .status(200)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(indexHtml);
    return true;
  };
}

/** Angular's hashed bundles (`chunk-DQ437OOH.js`, `styles-UDG6GCMG.css`, `media/…`) never change. */
export function cacheControlFor(path: string): string {
  const immutable = /-[A-Z0-9]{8,}\.(js|css)$/.test(path) || /[\\/]media[\\/]/.test(path);
  return immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
}
