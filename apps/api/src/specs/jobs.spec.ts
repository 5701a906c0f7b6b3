import { JobScheduler } from '@mentorbridge/api-core';
import { TestApp } from '@mentorbridge/api-testing';
import { createApiTestApp } from './support';

describe('scheduled jobs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createApiTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  it('runs a due job on exactly one of several replicas, then waits for its interval', async () => {
    const runs: string[] = [];
    const replicas = [
      new JobScheduler(t.dataSource, t.config),
      new JobScheduler(t.dataSource, t.config),
    ];
    replicas.forEach((scheduler, i) =>
      scheduler.register({
        name: 'test.count-runs',
        intervalSeconds: 3600,
        run: async () => {
          runs.push(`replica-${i}`);
        },
      }),
    );
    for (const scheduler of replicas) await scheduler.onApplicationBootstrap();

    await Promise.all(replicas.map((s) => s.runDueJobs()));
    expect(runs).toHaveLength(1);

    await Promise.all(replicas.map((s) => s.runDueJobs()));
    expect(runs).toHaveLength(1);

    await t.dataSource.query(
      `UPDATE scheduled_job SET next_run_at = now() WHERE name = 'test.count-runs'`,
    );
    await replicas[1].runDueJobs();
    expect(runs).toHaveLength(2);
  });

  it('records a failing job and tries again at the next interval', async () => {
    const scheduler = new JobScheduler(t.dataSource, t.config);
    scheduler.register({
      name: 'test.fails',
      intervalSeconds: 60,
      run: async () => {
        throw new Error('mail server down');
      },
    });
    await scheduler.onApplicationBootstrap();
    await t.dataSource.query(
      `UPDATE scheduled_job SET next_run_at = now(), locked_until = NULL WHERE name = 'test.fails'`,
    );

    expect(await scheduler.runDueJobs()).toEqual([]);

    const [job] = await t.dataSource.query(
      `SELECT last_error, locked_until, next_run_at > now() AS later FROM scheduled_job WHERE name = 'test.fails'`,
    );
    expect(job).toEqual({ last_error: 'mail server down', locked_until: null, later: true });
  });

  it('purges expired sessions through the identity job', async () => {
    const scheduler = t.app.get(JobScheduler);
    await scheduler.onApplicationBootstrap(); // registers its jobs' rows again after the reset
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO app_user (email, display_name, status) VALUES ('old@test.example', 'Old', 'active') RETURNING id`,
    );
    await t.dataSource.query(
      `INSERT INTO user_session (user_id, token_hash, last_seen_at, expires_at)
       VALUES ($1, repeat('a', 64), now() - interval '2 days', now() - interval '1 day'),
              ($1, repeat('b', 64), now(), now() + interval '1 day')`,
      [id],
    );
    await t.dataSource.query(`UPDATE scheduled_job SET next_run_at = now()`);

    expect(await scheduler.runDueJobs()).toContain('identity.purge-expired-sessions');
    const sessions = await t.dataSource.query(`SELECT token_hash FROM user_session`);
    expect(sessions).toEqual([{ token_hash: 'b'.repeat(64) }]);
  });
});
