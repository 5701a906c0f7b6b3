import { CSRF_COOKIE, CSRF_HEADER } from '@mentorbridge/shared-contracts';
import type { Server } from 'node:http';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { Test } from 'supertest';

/**
 * A browser-like HTTP client for API specs: keeps cookies between calls and echoes the CSRF
 * cookie in the X-XSRF-TOKEN header on state-changing requests, as the web app does.
 */
export class ApiClient {
  private readonly agent: TestAgent;
  private csrf: string | null = null;

  constructor(server: Server) {
    this.agent = request.agent(server);
  }

  get(url: string): Test {
    return this.agent.get(url);
  }

  async post(
    url: string,
    body?: object,
    headers: Record<string, string> = {},
  ): Promise<request.Response> {
    return this.withCsrf(() => this.agent.post(url).set(headers), body);
  }

  /** The underlying cookie-keeping agent, for requests that must NOT carry the CSRF header. */
  get raw(): TestAgent {
    return this.agent;
  }

  async put(url: string, body?: object): Promise<request.Response> {
    return this.withCsrf(() => this.agent.put(url), body);
  }

  async patch(url: string, body?: object): Promise<request.Response> {
    return this.withCsrf(() => this.agent.patch(url), body);
  }

  async delete(url: string): Promise<request.Response> {
    return this.withCsrf(() => this.agent.delete(url));
  }

  /** Any method, for table-driven specs. */
  async send(method: string, url: string, body?: object): Promise<request.Response> {
    const m = method.toLowerCase();
    if (m === 'get' || m === 'head' || m === 'options') {
      return m === 'get'
        ? this.agent.get(url)
        : m === 'head'
          ? this.agent.head(url)
          : this.agent.options(url);
    }
    return this.withCsrf(() => this.agent[m as 'post' | 'put' | 'patch' | 'delete'](url), body);
  }

  async signIn(email: string, password: string): Promise<request.Response> {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.status !== 200) {
      throw new Error(
        `Sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`,
      );
    }
    return response;
  }

  async csrfToken(): Promise<string> {
    if (!this.csrf) {
      const response = await this.agent.get('/api/auth/csrf').expect(200);
      this.csrf = (response.body as { token: string }).token;
      if (!this.csrf) throw new Error(`No ${CSRF_COOKIE} cookie issued`);
    }
    return this.csrf;
  }

  private async withCsrf(build: () => Test, body?: object): Promise<request.Response> {
    const token = await this.csrfToken();
    const req = build().set(CSRF_HEADER, token);
    return body === undefined ? req : req.send(body);
  }
}
