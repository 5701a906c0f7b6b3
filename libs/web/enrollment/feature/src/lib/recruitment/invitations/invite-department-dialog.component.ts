import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { InviteResult, PARTICIPANT_ROLES, ParticipantRole } from '@mentorbridge/shared-contracts';
import { RecruitmentApi } from '@mentorbridge/web-enrollment-data-access';
import { UsersApi } from '@mentorbridge/web-identity-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import { firstValueFrom, forkJoin, map, of } from 'rxjs';
import { plural, ROLE_LABELS, ROLE_PLURALS } from '../shared/labels';

export interface InviteDepartmentDialogData {
  cohortId: string;
  cohortName: string;
}

/** Invites everyone active in one department, after saying how many people that is. */
@Component({
  selector: 'mb-invite-department-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Invite a department to {{ data.cohortName }}</h2>
    <mat-dialog-content>
      @if (problem()) {
        <mb-banner tone="error" class="block">{{ problem() }}</mb-banner>
      }
      <div class="role">
        <span id="department-role-label" class="group-label">Invite as</span>
        <mat-radio-group [formControl]="role" aria-labelledby="department-role-label">
          @for (r of roles; track r) {
            <mat-radio-button [value]="r">{{ roleLabels[r] }}</mat-radio-button>
          }
        </mat-radio-group>
      </div>
      <mat-form-field class="field">
        <mat-label>Department</mat-label>
        <mat-select [formControl]="department" data-testid="invite-department-select">
          @for (d of departments(); track d) {
            <mat-option [value]="d">{{ d }}</mat-option>
          }
        </mat-select>
        @if (department.touched && department.invalid) {
          <mat-error>Choose a department.</mat-error>
        }
      </mat-form-field>
      <div aria-live="polite">
        @if (count.isLoading()) {
          <mat-progress-bar mode="indeterminate" aria-label="Counting people" />
        } @else if (count.hasValue() && departmentValue(); as dept) {
          @if (count.value() === 0) {
            <mb-banner tone="info" class="block">Nobody active works in {{ dept }}.</mb-banner>
          } @else {
            <mb-banner tone="info" class="block" data-testid="department-count">
              This invites the {{ plural(count.value(), 'active person', 'active people') }} in
              {{ dept }} as {{ rolePlurals[roleValue()].toLowerCase() }}. Each gets an email; people
              already invited as {{ rolePlurals[roleValue()].toLowerCase() }} are skipped.
            </mb-banner>
          }
        }
      </div>
      @if (saving()) {
        <mat-progress-bar mode="indeterminate" aria-label="Sending invitations" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
      <button
        mat-flat-button
        type="button"
        [disabled]="saving() || !count.hasValue() || !count.value()"
        (click)="invite()"
        data-testid="invite-department-confirm"
      >
        {{ confirmLabel() }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .block {
      margin-bottom: 12px;
    }
    .role {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin-bottom: 12px;
    }
    .group-label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .field {
      width: 100%;
    }
  `,
})
export class InviteDepartmentDialogComponent {
  protected readonly data = inject<InviteDepartmentDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<InviteDepartmentDialogComponent, InviteResult>);
  private readonly api = inject(RecruitmentApi);
  private readonly usersApi = inject(UsersApi);

  protected readonly roles = PARTICIPANT_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly rolePlurals = ROLE_PLURALS;
  protected readonly plural = plural;

  protected readonly role = new FormControl<ParticipantRole>('mentee', { nonNullable: true });
  protected readonly department = new FormControl<string | null>(null, Validators.required);
  protected readonly roleValue = toSignal(this.role.valueChanges, {
    initialValue: this.role.value,
  });
  protected readonly departmentValue = toSignal(this.department.valueChanges, {
    initialValue: null,
  });

  private readonly facets = rxResource({ stream: () => this.usersApi.facets() });
  protected readonly departments = computed(() =>
    this.facets.hasValue() ? this.facets.value().departments : [],
  );

  /** Active people in the department (deactivated people are never invited). */
  protected readonly count = rxResource({
    params: () => this.departmentValue() ?? undefined,
    stream: ({ params }) =>
      params
        ? forkJoin([
            this.usersApi.list({ department: params, page: 1, pageSize: 1 }),
            this.usersApi.list({ department: params, status: 'deactivated', page: 1, pageSize: 1 }),
          ]).pipe(map(([all, deactivated]) => Math.max(0, all.total - deactivated.total)))
        : of(0),
  });

  protected readonly confirmLabel = computed(() =>
    this.count.hasValue() && this.count.value()
      ? `Invite ${plural(this.count.value(), 'person', 'people')}`
      : 'Invite',
  );

  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async invite(): Promise<void> {
    const department = this.department.value;
    if (!department) {
      this.department.markAsTouched();
      return;
    }
    if (this.saving()) {
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(
        this.api.inviteDepartment(this.data.cohortId, this.role.value, department),
      );
      this.ref.close(result);
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}
