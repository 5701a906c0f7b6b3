import { MailMessageEntity, MailService, MailTransport } from '@mentorbridge/api-core';
import { TestApp } from '@mentorbridge/api-testing';
import { createApiTestApp } from './support';

describe('mail delivery', () => {
  let t: TestApp;
  let mail: MailService;

  beforeAll(async () => {
    t = await createApiTestApp();
    mail = t.app.get(MailService);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  const queueOne = () =>
    t.dataSource.transaction((manager) =>
      mail.queue(manager, [
        { to: 'ana@acme.example', subject: 'Hello', text: 'Hi Ana', kind: 'test' },
      ]),
    );

  it('sends nothing when the action that queued the message rolls back', async () => {
    await expect(
      t.dataSource.transaction(async (manager) => {
        await mail.queue(manager, [
          { to: 'ana@acme.example', subject: 'Hello', text: 'Hi', kind: 'test' },
        ]);
        throw new Error('the decision failed');
      }),
    ).rejects.toThrow('the decision failed');
    expect(await t.dataSource.getRepository(MailMessageEntity).count()).toBe(0);
  });

  it('retries a failing server later and gives up after five attempts', async () => {
    const sent: string[] = [];
    let failing = true;
    const flaky: MailTransport = {
      name: 'flaky',
      send: async (m) => {
        if (failing) throw new Error('SMTP 421 try again later');
        sent.push(m.to);
      },
    };
    Object.defineProperty(mail, 'transport', { value: flaky });
    await queueOne();

    expect(await mail.deliverQueued()).toBe(0);
    let [row] = await t.dataSource.query(
      `SELECT status, attempts, last_error, next_attempt_at > now() AS later FROM mail_message`,
    );
    expect(row).toEqual({
      status: 'queued',
      attempts: 1,
      last_error: 'SMTP 421 try again later',
      later: true,
    });

    // Not due yet: nothing is retried before its time.
    expect(await mail.deliverQueued()).toBe(0);
    failing = false;
    await t.dataSource.query(`UPDATE mail_message SET next_attempt_at = now()`);
    expect(await mail.deliverQueued()).toBe(1);
    expect(sent).toEqual(['ana@acme.example']);

    failing = true;
    await t.reset();
    await queueOne();
    for (let i = 0; i < 5; i++) {
      await t.dataSource.query(`UPDATE mail_message SET next_attempt_at = now()`);
      await mail.deliverQueued();
    }
    [row] = await t.dataSource.query(`SELECT status, attempts FROM mail_message`);
    expect(row).toEqual({ status: 'failed', attempts: 5 });
  });
});
