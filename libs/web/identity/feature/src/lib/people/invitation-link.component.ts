import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { InvitationResult } from '@mentorbridge/shared-contracts';
import { BannerComponent } from '@mentorbridge/web-shared-ui';

/** The activation link an HR lead copies and sends to the invited person. */
@Component({
  selector: 'mb-invitation-link',
  imports: [
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mb-banner tone="info" title="Share this link with {{ invitation().user.displayName }}">
      MentorBridge does not send emails yet. Copy the link and send it to
      {{ invitation().user.email }} yourself, for example by chat or email. With it they choose a
      password and sign in. The link works once and expires
      {{ invitation().expiresAt | date: 'medium' }}.
    </mb-banner>
    <div class="link-row">
      <mat-form-field class="link-field">
        <mat-label>Activation link</mat-label>
        <input
          matInput
          readonly
          [value]="url()"
          (focus)="selectAll($event)"
          data-testid="activation-link"
        />
      </mat-form-field>
      <button mat-flat-button type="button" class="copy" (click)="copy()" data-testid="copy-link">
        <mat-icon aria-hidden="true" [fontIcon]="copied() ? 'check' : 'content_copy'" />
        {{ copied() ? 'Copied' : 'Copy link' }}
      </button>
    </div>
    <p class="status" aria-live="polite">
      @if (copied()) {
        Link copied to the clipboard.
      } @else if (copyFailed()) {
        Copying did not work here: select the link and copy it by hand.
      }
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .link-row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: flex-start;
      margin-top: 16px;
    }
    .link-field {
      flex: 1 1 280px;
    }
    .copy {
      margin-top: 8px;
    }
    .status {
      margin: 0;
      min-height: 1.5em;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class InvitationLinkComponent {
  readonly invitation = input.required<InvitationResult>();
  private readonly clipboard = inject(Clipboard);
  protected readonly copied = signal(false);
  protected readonly copyFailed = signal(false);
  /** The API may return a path; make it a full link that works when pasted elsewhere. */
  protected readonly url = computed(() => {
    const link = this.invitation().activationUrl;
    try {
      return new URL(link, window.location.origin).toString();
    } catch {
      return link;
    }
  });

  protected copy(): void {
    const ok = this.clipboard.copy(this.url());
    this.copied.set(ok);
    this.copyFailed.set(!ok);
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement | null)?.select();
  }
}
