import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

/** The documented demo sign-ins (see README). */
export const DEMO_PASSWORD = 'mentorbridge-demo';
export const DEMO = {
  admin: { email: 'hr@acme.example', home: '/hr', heading: 'Needs action', name: 'Hana Reyes' },
  executive: {
    email: 'exec@acme.example',
    home: '/executive',
    heading: 'Program health',
    name: 'Eleanor Marsh',
  },
  mentor: {
    email: 'mentor@acme.example',
    home: '/mentor',
    heading: 'My mentees',
    name: 'Marcus Oyelaran',
  },
  mentee: {
    email: 'mentee@acme.example',
    home: '/mentee',
    heading: 'My mentoring',
    name: 'Mia Tanaka',
  },
} as const;
export type DemoRole = keyof typeof DEMO;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Fails on serious or critical accessibility violations (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page): Promise<void> {
  // A Material snack bar first renders its text in an aria-hidden copy and moves it into the live
  // region 150 ms later (so screen readers announce it once). Check the settled page.
  await page.waitForTimeout(300);
  await expect(page.locator('.mat-mdc-snack-bar-container [aria-hidden="true"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  expect(blocking).toEqual([]);
}
