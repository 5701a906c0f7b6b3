import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { confirmAction, ConfirmDialogData } from '@mentorbridge/web-shared-ui';
import { filter, merge } from 'rxjs';

/** Asks before changes that are not saved are thrown away; resolves `true` to discard them. */
export function confirmDiscard(
  dialog: MatDialog,
  wording: Partial<Pick<ConfirmDialogData, 'title' | 'message' | 'confirmLabel'>> = {},
): Promise<boolean> {
  return confirmAction(dialog, {
    title: 'Discard unsaved changes?',
    message: 'You have changes that are not saved yet. If you leave now, they are lost.',
    confirmLabel: 'Discard changes',
    cancelLabel: 'Keep editing',
    destructive: true,
    ...wording,
  });
}

/**
 * Escape and clicks on the backdrop call `close` instead of closing the dialog (open it with
 * `disableClose: true`), so it can ask before changes are lost. Call it in the constructor.
 */
export function interceptDialogClose<T, R>(
  dialogRef: MatDialogRef<T, R>,
  close: () => unknown,
): void {
  merge(
    dialogRef.backdropClick(),
    dialogRef.keydownEvents().pipe(filter((event) => event.key === 'Escape')),
  )
    .pipe(takeUntilDestroyed())
    .subscribe(() => void close());
}
