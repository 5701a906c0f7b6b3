import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { confirmAction } from './confirm-dialog.component';

describe('confirmAction', () => {
  function dialogButton(text: string): HTMLButtonElement {
    const button = [
      ...document.querySelectorAll<HTMLButtonElement>('mb-confirm-dialog button'),
    ].find((element) => element.textContent?.trim() === text);
    if (!button) {
      throw new Error(`No dialog button "${text}"`);
    }
    return button;
  }

  async function ask(): Promise<{ answer: Promise<boolean> }> {
    const dialog = TestBed.inject(MatDialog);
    const answer = confirmAction(dialog, {
      title: 'Deactivate Ana Silva?',
      message: 'Ana can no longer sign in.',
      confirmLabel: 'Deactivate',
      destructive: true,
    });
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    return { answer };
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('shows the question and resolves true when the person confirms', async () => {
    const { answer } = await ask();

    expect(document.querySelector('mb-confirm-dialog h2')?.textContent).toContain(
      'Deactivate Ana Silva?',
    );
    dialogButton('Deactivate').click();

    await expect(answer).resolves.toBe(true);
  });

  it('resolves false when the person cancels', async () => {
    const { answer } = await ask();

    dialogButton('Cancel').click();

    await expect(answer).resolves.toBe(false);
  });
});
