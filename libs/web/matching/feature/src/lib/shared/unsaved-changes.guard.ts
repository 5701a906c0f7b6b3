import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { CanDeactivateFn } from '@angular/router';
import { confirmAction } from '@mentorbridge/web-shared-ui';

/*
 * The same guard as recruitment's: a feature library may not import another feature library
 * (type:feature → data-access/ui/util only), so it is repeated here rather than shared.
 */

export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

export const DISCARD_CHANGES = {
  title: 'Discard unsaved changes?',
  message: 'You have changes that are not saved yet. If you leave now, they are lost.',
  confirmLabel: 'Discard changes',
  cancelLabel: 'Keep editing',
  destructive: true,
} as const;

/** Asks before leaving a page whose form has changes that were not saved. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component?.hasUnsavedChanges()) {
    return true;
  }
  return confirmAction(inject(MatDialog), DISCARD_CHANGES);
};
