import { defineConfig } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';
import { workspaceRoot } from '@nx/devkit';

/**
 * Browser journeys against the production build (API + web on one port) with fresh demo data.
 * Browsers are never downloaded: Debian's chromium is used (apt-get install chromium).
 * E2E_DATABASE_URL runs the journeys on a real Postgres (the database must be empty).
 */
const port = Number(process.env['E2E_PORT'] ?? 4310);
const baseURL = process.env['BASE_URL'] ?? `http://localhost:${port}`;
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  ...nxE2EPreset(import.meta.dirname, { testDir: './src' }),
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: process.env['BASE_URL']
    ? undefined
    : {
        command: 'node dist/apps/api/main.js serve --demo',
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        cwd: workspaceRoot,
        timeout: 120_000,
        stdout: 'pipe',
        env: {
          PORT: String(port),
          PUBLIC_URL: baseURL,
          PGLITE_DATA_DIR: 'memory://',
          ...(process.env['E2E_DATABASE_URL']
            ? { DATABASE_URL: process.env['E2E_DATABASE_URL'] }
            : {}),
        },
      },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } },
  ],
});
