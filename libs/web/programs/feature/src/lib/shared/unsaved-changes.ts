import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { CanDeactivateFn } from '@angular/router';
import { confirmAction, ConfirmDialogData } from '@mentorbridge/web-shared-ui';

export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

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

/** Asks before leaving a page whose form has changes that were not saved. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component?.hasUnsavedChanges()) {
    return true;
  }
  return confirmDiscard(inject(MatDialog));
};
