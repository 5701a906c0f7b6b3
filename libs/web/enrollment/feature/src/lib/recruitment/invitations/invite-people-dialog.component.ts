import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import {
  InviteResult,
  PARTICIPANT_ROLES,
  ParticipantRole,
  PersonRef,
} from '@mentorbridge/shared-contracts';
import { RecruitmentApi } from '@mentorbridge/web-enrollment-data-access';
import { UsersApi } from '@mentorbridge/web-identity-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent } from '@mentorbridge/web-shared-ui';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  firstValueFrom,
  forkJoin,
  map,
  Observable,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { plural, ROLE_LABELS } from '../shared/labels';

export interface InvitePeopleDialogData {
  cohortId: string;
  cohortName: string;
}

/** A directory match, with the roles the person is already invited as in this cohort. */
export interface Candidate extends PersonRef {
  department: string | null;
  invitedAs: ParticipantRole[];
}

interface SearchState {
  term: string;
  loading: boolean;
  people: Candidate[];
}

/**
 * Picks people from the directory (search by name or email) and invites them as mentors or
 * mentees. Shows who is already invited, so nobody gets the same email twice.
 */
@Component({
  selector: 'mb-invite-people-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    BannerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Invite people to {{ data.cohortName }}</h2>
    <mat-dialog-content>
      @if (problem()) {
        <mb-banner tone="error" class="problem" data-testid="invite-problem">{{
          problem()
        }}</mb-banner>
      }
      <div class="role">
        <span id="invite-role-label" class="group-label">Invite as</span>
        <mat-radio-group
          [formControl]="role"
          aria-labelledby="invite-role-label"
          class="radios"
          data-testid="invite-role"
        >
          @for (r of roles; track r) {
            <mat-radio-button [value]="r">{{ roleLabels[r] }}</mat-radio-button>
          }
        </mat-radio-group>
      </div>

      <mat-form-field class="field" subscriptSizing="dynamic">
        <mat-label>Find people</mat-label>
        <mat-icon matPrefix aria-hidden="true" fontIcon="search" />
        <input
          matInput
          type="text"
          [formControl]="search"
          autocomplete="off"
          placeholder="Name or email"
          data-testid="invite-search"
        />
        <mat-hint>Type at least two letters.</mat-hint>
      </mat-form-field>

      <div class="results" aria-live="polite">
        @if (state().loading) {
          <mat-progress-bar mode="indeterminate" aria-label="Searching the directory" />
        } @else if (state().term.length >= 2 && !state().people.length) {
          <p class="muted">Nobody in the directory matches “{{ state().term }}”.</p>
        }
      </div>
      @if (state().people.length) {
        <ul class="candidates" aria-label="People found">
          @for (person of state().people; track person.id) {
            @let already = person.invitedAs.includes(roleValue());
            <li class="candidate" data-testid="invite-candidate">
              <mat-checkbox
                [checked]="already || picked().has(person.id)"
                [disabled]="already"
                (change)="toggle(person, $event.checked)"
              >
                <span class="person">
                  <span class="name">{{ person.displayName }}</span>
                  <span class="meta">
                    {{ person.email }}{{ person.department ? ' · ' + person.department : '' }}
                  </span>
                  @if (person.invitedAs.length) {
                    <span class="invited" data-testid="already-invited">
                      <mat-icon aria-hidden="true" fontIcon="mark_email_read" />
                      Already invited as {{ invitedLabel(person) }}
                    </span>
                  }
                </span>
              </mat-checkbox>
            </li>
          }
        </ul>
      }

      <h3 class="picked-title" id="picked-label">
        {{
          picked().size
            ? plural(picked().size, 'person', 'people') + ' to invite'
            : 'Nobody picked yet'
        }}
      </h3>
      @if (picked().size) {
        <mat-chip-set aria-labelledby="picked-label">
          @for (person of pickedList(); track person.id) {
            <mat-chip (removed)="remove(person.id)">
              {{ person.displayName }}
              <button matChipRemove [attr.aria-label]="'Remove ' + person.displayName">
                <mat-icon aria-hidden="true" fontIcon="cancel" />
              </button>
            </mat-chip>
          }
        </mat-chip-set>
      }
      @if (saving()) {
        <mat-progress-bar mode="indeterminate" aria-label="Sending invitations" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
      <button
        mat-flat-button
        type="button"
        [disabled]="!picked().size || saving()"
        (click)="invite()"
        data-testid="invite-confirm"
      >
        {{
          picked().size
            ? 'Invite ' +
              plural(picked().size, 'person', 'people') +
              ' as ' +
              roleLabels[roleValue()].toLowerCase() +
              's'
            : 'Invite'
        }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .problem {
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
    .radios {
      display: flex;
      gap: 8px;
    }
    .field {
      width: 100%;
    }
    .results {
      min-height: 8px;
      margin: 8px 0;
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .candidates {
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
      max-height: 280px;
      overflow-y: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
    }
    .candidate + .candidate {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .person {
      display: flex;
      flex-direction: column;
      padding: 4px 0;
    }
    .name {
      font: var(--mat-sys-title-small);
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .invited {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .invited mat-icon {
      width: 16px;
      height: 16px;
      font-size: 16px;
    }
    .picked-title {
      margin: 8px 0;
      font: var(--mat-sys-title-small);
    }
  `,
})
export class InvitePeopleDialogComponent {
  protected readonly data = inject<InvitePeopleDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<InvitePeopleDialogComponent, InviteResult>);
  private readonly api = inject(RecruitmentApi);
  private readonly usersApi = inject(UsersApi);

  protected readonly roles = PARTICIPANT_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly plural = plural;

  protected readonly role = new FormControl<ParticipantRole>('mentee', { nonNullable: true });
  protected readonly search = new FormControl('', { nonNullable: true });
  /** Re-renders the "already invited" marks when the role changes. */
  protected readonly roleValue = toSignal(this.role.valueChanges, {
    initialValue: this.role.value,
  });

  protected readonly state = toSignal(
    this.search.valueChanges.pipe(
      map((value) => value.trim()),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((term) =>
        term.length < 2
          ? of<SearchState>({ term, loading: false, people: [] })
          : this.find(term).pipe(
              map((people) => ({ term, loading: false, people })),
              startWith<SearchState>({ term, loading: true, people: [] }),
            ),
      ),
    ),
    { initialValue: { term: '', loading: false, people: [] } as SearchState },
  );

  private readonly pickedPeople = signal<ReadonlyMap<string, PersonRef>>(new Map());
  protected readonly picked = computed(() => this.pickedPeople());
  protected readonly pickedList = computed(() => [...this.pickedPeople().values()]);

  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    // People already invited in the newly chosen role cannot stay picked.
    this.role.valueChanges.pipe(takeUntilDestroyed()).subscribe((role) => {
      const invited = new Set(
        this.state()
          .people.filter((p) => p.invitedAs.includes(role))
          .map((p) => p.id),
      );
      const next = new Map([...this.pickedPeople()].filter(([id]) => !invited.has(id)));
      this.pickedPeople.set(next);
    });
  }

  private find(term: string): Observable<Candidate[]> {
    return forkJoin([
      this.usersApi.list({ search: term, pageSize: 10, sort: 'displayName' }),
      this.api.invitations(this.data.cohortId, { search: term, page: 1, pageSize: 100 }),
    ]).pipe(
      map(([people, invitations]) => {
        const invitedAs = new Map<string, ParticipantRole[]>();
        for (const invitation of invitations.items) {
          invitedAs.set(invitation.person.id, [
            ...(invitedAs.get(invitation.person.id) ?? []),
            invitation.role,
          ]);
        }
        return people.items
          .filter((person) => person.status !== 'deactivated')
          .map((person) => ({
            id: person.id,
            displayName: person.displayName,
            email: person.email,
            department: person.department,
            invitedAs: invitedAs.get(person.id) ?? [],
          }));
      }),
      catchError(() => of([] as Candidate[])),
    );
  }

  protected invitedLabel(person: Candidate): string {
    return person.invitedAs.map((r) => ROLE_LABELS[r].toLowerCase()).join(' and ');
  }

  protected toggle(person: Candidate, checked: boolean): void {
    const next = new Map(this.pickedPeople());
    if (checked) {
      next.set(person.id, {
        id: person.id,
        displayName: person.displayName,
        email: person.email,
      });
    } else {
      next.delete(person.id);
    }
    this.pickedPeople.set(next);
  }

  protected remove(id: string): void {
    const next = new Map(this.pickedPeople());
    next.delete(id);
    this.pickedPeople.set(next);
  }

  protected async invite(): Promise<void> {
    const ids = [...this.pickedPeople().keys()];
    if (!ids.length || this.saving()) {
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(
        this.api.invitePeople(this.data.cohortId, this.role.value, ids),
      );
      this.ref.close(result);
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}
