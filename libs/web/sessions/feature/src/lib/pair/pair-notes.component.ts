import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { NoteView, NoteVisibility } from '@mentorbridge/shared-contracts';
import { SessionsApi } from '@mentorbridge/web-sessions-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  confirmAction,
  EmptyStateComponent,
  LoadFailedComponent,
  LocalDatePipe,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';

/** "Who can read this" in plain words. */
export function readersOf(visibility: NoteVisibility, partner: string): string {
  return visibility === 'private'
    ? 'Only you can read this note.'
    : `Only you and ${partner} can read this note.`;
}

/** My notes and my partner's shared ones; I write mine private by default. */
@Component({
  selector: 'mb-pair-notes',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!readOnly()) {
      <form
        class="write"
        [formGroup]="form"
        (ngSubmit)="save()"
        novalidate
        aria-label="Write a note"
      >
        <mat-form-field class="wide">
          <mat-label>Write a note</mat-label>
          <textarea
            matInput
            rows="3"
            maxlength="10000"
            formControlName="text"
            data-testid="note-text"
          ></textarea>
        </mat-form-field>
        <div class="row">
          <mat-button-toggle-group
            formControlName="visibility"
            aria-label="Who can read the note"
            hideSingleSelectionIndicator
            data-testid="note-visibility"
          >
            <mat-button-toggle value="private">
              <mat-icon aria-hidden="true" fontIcon="lock" />
              Only me
            </mat-button-toggle>
            <mat-button-toggle value="shared">
              <mat-icon aria-hidden="true" fontIcon="group" />
              Shared with {{ partner() }}
            </mat-button-toggle>
          </mat-button-toggle-group>
          <button mat-flat-button type="submit" [disabled]="saving()" data-testid="save-note">
            Save note
          </button>
        </div>
        <p class="readers" data-testid="note-readers">
          <mat-icon aria-hidden="true" fontIcon="lock" />
          {{ readers(visibility.value) }} HR never sees notes.
        </p>
        @if (problem(); as message) {
          <mb-banner tone="error" title="The note was not saved">{{ message }}</mb-banner>
        }
      </form>
    } @else {
      <p class="readers" data-testid="note-readers">
        <mat-icon aria-hidden="true" fontIcon="lock" />
        Your mentoring has ended: notes can be read, not written. HR never sees notes.
      </p>
    }

    @if (notes.hasValue()) {
      @if (sorted().length) {
        <ul class="list">
          @for (note of sorted(); track note.id) {
            <li class="item" data-testid="note-item">
              <div class="top">
                <span class="author">{{ note.mine ? 'You' : partner() }}</span>
                <span class="muted small">
                  <time [attr.datetime]="note.createdAt">{{
                    note.createdAt | localDate: 'dateTime'
                  }}</time>
                  ·
                  <mat-icon
                    class="inline"
                    aria-hidden="true"
                    [fontIcon]="note.visibility === 'private' ? 'lock' : 'group'"
                  />
                  <span data-testid="note-item-visibility">{{
                    note.visibility === 'private' ? 'Private' : 'Shared'
                  }}</span>
                </span>
              </div>
              @if (editing() === note.id) {
                <mat-form-field class="wide">
                  <mat-label>Edit the note</mat-label>
                  <textarea matInput rows="3" [formControl]="editText"></textarea>
                </mat-form-field>
                <mat-button-toggle-group
                  [formControl]="editVisibility"
                  aria-label="Who can read the note"
                  hideSingleSelectionIndicator
                >
                  <mat-button-toggle value="private">Only me</mat-button-toggle>
                  <mat-button-toggle value="shared">Shared with {{ partner() }}</mat-button-toggle>
                </mat-button-toggle-group>
                <p class="muted small">{{ readers(editVisibility.value) }}</p>
                <div class="actions">
                  <button mat-flat-button type="button" (click)="saveEdit(note)">Save</button>
                  <button mat-button type="button" (click)="editing.set(null)">Cancel</button>
                </div>
              } @else {
                <p class="text">{{ note.text }}</p>
                @if (note.mine && !readOnly()) {
                  <div class="actions">
                    <button mat-button type="button" (click)="edit(note)">Edit</button>
                    <button mat-button type="button" (click)="remove(note)">Delete…</button>
                  </div>
                }
              }
            </li>
          }
        </ul>
      } @else {
        <mb-empty-state
          icon="sticky_note_2"
          title="No notes yet"
          [message]="
            readOnly()
              ? 'No notes were kept for this mentoring.'
              : 'Write down what you talked about and what comes next.'
          "
          [headingLevel]="3"
        />
      }
    } @else if (notes.status() === 'error') {
      <mb-load-failed title="We couldn't load your notes" (retry)="notes.reload()" />
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading notes" />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .wide {
      width: 100%;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      justify-content: space-between;
      align-items: center;
    }
    .readers {
      display: flex;
      gap: 6px;
      align-items: center;
      margin: 8px 0 16px;
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
    .top {
      display: flex;
      justify-content: space-between;
      flex-wrap: wrap;
      gap: 8px;
    }
    .author {
      font: var(--mat-sys-title-small);
    }
    .text {
      white-space: pre-line;
      margin: 8px 0 0;
    }
    .inline {
      font-size: 16px;
      width: 16px;
      height: 16px;
      vertical-align: text-bottom;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .actions {
      display: flex;
      gap: 4px;
      margin-top: 8px;
    }
  `,
})
export class PairNotesComponent {
  private readonly api = inject(SessionsApi);
  private readonly dialog = inject(MatDialog);

  readonly matchId = input.required<string>();
  readonly partner = input.required<string>();
  /** The match has ended: notes can be read, not written, changed or deleted. */
  readonly readOnly = input(false);

  protected readonly notes = rxResource({
    params: () => this.matchId(),
    stream: ({ params }) => this.api.notes(params),
  });
  protected readonly sorted = computed(() =>
    this.notes.hasValue()
      ? [...this.notes.value()].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      : [],
  );

  protected readonly text = new FormControl('', { nonNullable: true });
  protected readonly visibility = new FormControl<NoteVisibility>('private', { nonNullable: true });
  protected readonly form = new FormGroup({ text: this.text, visibility: this.visibility });
  protected readonly editText = new FormControl('', { nonNullable: true });
  protected readonly editVisibility = new FormControl<NoteVisibility>('private', {
    nonNullable: true,
  });
  protected readonly editing = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected readers(visibility: NoteVisibility): string {
    return readersOf(visibility, this.partner());
  }

  protected async save(): Promise<void> {
    const text = this.text.value.trim();
    if (this.saving()) {
      return;
    }
    if (!text) {
      this.problem.set('Write something first.');
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      const note = await firstValueFrom(
        this.api.addNote(this.matchId(), { text, visibility: this.visibility.value }),
      );
      this.notes.update((list) => [note, ...(list ?? [])]);
      this.text.reset();
      this.visibility.reset();
    } catch (error) {
      this.problem.set(toApiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }

  protected edit(note: NoteView): void {
    this.editText.setValue(note.text);
    this.editVisibility.setValue(note.visibility);
    this.editing.set(note.id);
  }

  protected async saveEdit(note: NoteView): Promise<void> {
    const text = this.editText.value.trim();
    if (!text) {
      return;
    }
    this.problem.set(null);
    try {
      const saved = await firstValueFrom(
        this.api.updateNote(note.id, { text, visibility: this.editVisibility.value }),
      );
      this.notes.update((list) => list?.map((n) => (n.id === saved.id ? saved : n)));
      this.editing.set(null);
    } catch (error) {
      this.problem.set(toApiError(error).message);
    }
  }

  protected async remove(note: NoteView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: 'Delete this note?',
      message: 'It cannot be brought back.',
      confirmLabel: 'Delete',
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    this.problem.set(null);
    try {
      await firstValueFrom(this.api.deleteNote(note.id));
      this.notes.update((list) => list?.filter((n) => n.id !== note.id));
    } catch (error) {
      this.problem.set(toApiError(error).message);
    }
  }
}
