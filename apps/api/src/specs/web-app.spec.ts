import { ApiClient, TestApp } from '@mentorbridge/api-testing';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiTestApp } from './support';

describe('serving the web app on the API port', () => {
  let t: TestApp;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-web-'));
    mkdirSync(join(dir, 'media'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>MentorBridge</title><mb-root></mb-root>',
    );
    writeFileSync(join(dir, 'main-AB12CD34.js'), 'console.log("app")');
    writeFileSync(join(dir, 'favicon.ico'), 'icon');
    writeFileSync(join(dir, 'media', 'roboto-latin-400.woff2'), 'font');
    t = await createApiTestApp({ WEB_DIST_DIR: dir });
  });
  afterAll(() => t.close());

  it('serves the app shell at / and for deep links the browser opens directly', async () => {
    const client = new ApiClient(t.server);
    for (const path of ['/', '/hr', '/admin/users?status=invited']) {
      const response = await client.get(path).expect(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.text).toContain('<mb-root>');
    }
  });

  it('serves hashed bundles as immutable and everything else revalidated', async () => {
    const client = new ApiClient(t.server);
    const bundle = await client.get('/main-AB12CD34.js').expect(200);
    expect(bundle.text).toBe('console.log("app")');
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const font = await client.get('/media/roboto-latin-400.woff2').expect(200);
    expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await client.get('/favicon.ico').expect(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('keeps unknown API paths as JSON 404s instead of the app shell', async () => {
    const response = await new ApiClient(t.server).get('/api/no-such-thing').expect(404);
    expect(response.body.code).toBe('not_found');
  });
});
