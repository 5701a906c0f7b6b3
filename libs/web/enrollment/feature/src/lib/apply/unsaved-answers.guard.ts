import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { CanDeactivateFn } from '@angular/router';
import { confirmAction } from '@mentorbridge/web-shared-ui';

export interface HasUnsavedAnswers {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving an application form whose answers were not sent. */
export const unsavedAnswersGuard: CanDeactivateFn<HasUnsavedAnswers> = (component) => {
  if (!component?.hasUnsavedChanges()) {
    return true;
  }
  return confirmAction(inject(MatDialog), {
    title: 'Leave without sending?',
    message: 'Your answers are not sent yet. If you leave now, they are lost.',
    confirmLabel: 'Discard answers',
    cancelLabel: 'Keep answering',
    destructive: true,
  });
};
