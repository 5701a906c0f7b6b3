import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ErasePersonResult } from '@mentorbridge/shared-contracts';
import { PrivacyApi } from '@mentorbridge/web-identity-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

export interface ErasePersonDialogData {
  person: { id: string; displayName: string; email: string };
}

/** The typed address confirms the person, as the API checks it: trimmed, any letter case. */
export function confirmEmailMatches(typed: string, email: string): boolean {
  return typed.trim().toLowerCase() === email.trim().toLowerCase();
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Erasure asks twice: it says what will happen and that it cannot be undone, and it needs the
 * person's e-mail typed again. Closes with the result once erased (undefined when cancelled).
 */
@Component({
  selector: 'mb-erase-person-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatTooltipModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (result(); as done) {
      <h2 mat-dialog-title>{{ person.displayName }} is erased</h2>
      <mat-dialog-content>
        <mb-banner tone="success" title="Erasure complete" data-testid="erase-result">
          <ul class="counts">
            <li>{{ pairsText() }}</li>
            <li>{{ rowsText() }}</li>
          </ul>
        </mb-banner>
        <p class="text">
          The directory now lists them as “Erased person”, without an e-mail address they could sign
          in with. The erasure is recorded in the audit log.
        </p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-flat-button type="button" (click)="finish(done)">Done</button>
      </mat-dialog-actions>
    } @else {
      <h2 mat-dialog-title>Erase {{ person.displayName }}?</h2>
      <form [formGroup]="form" (ngSubmit)="erase()" novalidate>
        <mat-dialog-content>
          <div class="progress">
            @if (pending()) {
              <mat-progress-bar mode="indeterminate" aria-label="Erasing" />
            }
          </div>
          <p class="text">Erasing removes what identifies {{ person.displayName }}:</p>
          <ul class="effects">
            <li>
              <strong>Directory anonymised.</strong> Their name, e-mail address, department, job
              title, manager and other details are removed; they are listed as “Erased person”.
            </li>
            <li>
              <strong>Sign-in removed.</strong> Their password, sessions, invitations, messages and
              roles are deleted.
            </li>
            <li>
              <strong>Their pairs’ notes become unreadable.</strong> Notes, goals and concerns of
              every mentoring pair they were part of can no longer be opened by anyone, their
              partner included.
            </li>
            <li>
              <strong>Aggregates are kept.</strong> Program and cohort numbers still count them,
              without saying who they were.
            </li>
          </ul>
          <mb-banner tone="warning" title="This cannot be undone." class="banner">
            If {{ person.displayName }} asked for a copy of their data, download the export first.
          </mb-banner>
          @if (error(); as message) {
            <mb-banner tone="error" class="banner" data-testid="erase-error">{{
              message
            }}</mb-banner>
          }
          <p class="text" id="erase-confirm-help">
            To confirm, type their e-mail address: <strong>{{ person.email }}</strong>
          </p>
          <mat-form-field class="field">
            <mat-label>E-mail address of {{ person.displayName }}</mat-label>
            <input
              matInput
              type="text"
              formControlName="confirmEmail"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="erase-confirm-help"
              data-testid="erase-confirm-email"
            />
            <mat-hint>Capital letters don't matter.</mat-hint>
          </mat-form-field>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" [disabled]="pending()" (click)="cancel()">Cancel</button>
          <span
            [matTooltip]="matches() ? '' : 'Type the e-mail address shown above to enable this'"
          >
            <button
              mat-flat-button
              type="submit"
              class="destructive"
              [disabled]="!matches() || pending()"
              data-testid="erase-submit"
            >
              Erase permanently
            </button>
          </span>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    .progress {
      height: 4px;
    }
    .text {
      margin: 8px 0;
    }
    .effects {
      margin: 0 0 16px;
      padding-left: 20px;
      display: grid;
      gap: 6px;
    }
    .counts {
      margin: 4px 0 0;
      padding-left: 20px;
    }
    .banner {
      margin-bottom: 12px;
    }
    .field {
      width: 100%;
    }
    .destructive:not(:disabled) {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ErasePersonDialogComponent {
  private readonly data = inject<ErasePersonDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<ErasePersonDialogComponent, ErasePersonResult | undefined>>(MatDialogRef);
  private readonly privacyApi = inject(PrivacyApi);

  protected readonly person = this.data.person;
  protected readonly form = new FormGroup({
    confirmEmail: new FormControl('', { nonNullable: true }),
  });
  private readonly typed = toSignal(this.form.controls.confirmEmail.valueChanges, {
    initialValue: '',
  });
  protected readonly matches = computed(() => confirmEmailMatches(this.typed(), this.person.email));

  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<ErasePersonResult | null>(null);

  protected readonly pairsText = computed(() => {
    const pairs = this.result()?.pairKeysDestroyed ?? 0;
    return pairs === 0
      ? 'They were in no mentoring pair: no notes were made unreadable.'
      : `Notes of ${count(pairs, 'mentoring pair', 'mentoring pairs')} made unreadable.`;
  });
  protected readonly rowsText = computed(
    () => `${count(this.result()?.rowsAnonymised ?? 0, 'record', 'records')} anonymised.`,
  );

  protected async erase(): Promise<void> {
    if (!this.matches() || this.pending()) {
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    // Nothing may close the dialog half-way; after success only "Done" does (it reports back).
    this.dialogRef.disableClose = true;
    try {
      const result = await firstValueFrom(
        this.privacyApi.erasePerson(this.person.id, {
          confirmEmail: this.form.controls.confirmEmail.value.trim(),
        }),
      );
      this.result.set(result);
    } catch (error: unknown) {
      this.error.set(toApiError(error).message);
      this.dialogRef.disableClose = false;
    } finally {
      this.pending.set(false);
    }
  }

  protected cancel(): void {
    this.dialogRef.close(undefined);
  }

  protected finish(result: ErasePersonResult): void {
    this.dialogRef.close(result);
  }
}
