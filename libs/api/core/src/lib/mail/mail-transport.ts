import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MailConfig } from '../config/app-config';

export interface OutgoingMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  readonly name: string;
  send(mail: OutgoingMail): Promise<void>;
}

/** Development transport: every message becomes a readable `.eml` file in the outbox folder. */
export class OutboxTransport implements MailTransport {
  readonly name = 'outbox';
  constructor(private readonly dir: string) {}

  async send(mail: OutgoingMail): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const body = [
      `From: ${mail.from}`,
      `To: ${mail.to}`,
      `Subject: ${mail.subject}`,
      `Date: ${new Date().toUTCString()}`,
      `Message-ID: <${mail.id}@mentorbridge.local>`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      mail.text,
      '',
    ].join('\r\n');
    writeFileSync(join(this.dir, `${stamp}-${mail.id}.eml`), body);
  }
}

/** Real delivery through an SMTP server (SMTP_URL). */
export class SmtpTransport implements MailTransport {
  readonly name = 'smtp';
  private transporter: { sendMail(options: object): Promise<unknown> } | null = null;

  constructor(private readonly url: string) {}

  async send(mail: OutgoingMail): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.transporter ??= (require('nodemailer') as typeof import('nodemailer')).createTransport(
      this.url,
    );
    await this.transporter.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${mail.id}@mentorbridge.local>`,
    });
  }
}

export function createMailTransport(config: MailConfig): MailTransport {
  return config.transport === 'smtp'
    ? new SmtpTransport(config.smtpUrl)
    : new OutboxTransport(config.outboxDir);
}
