/** Small DOM helpers for specs: act like a person would (type, click), read what they see. */

export function byTestId<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T {
  const element = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!element) {
    throw new Error(`No element with data-testid="${id}"`);
  }
  return element;
}

export function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('blur'));
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button, a')].find((element) =>
    element.textContent?.trim().replace(/\s+/g, ' ').includes(text),
  );
  if (!button) {
    throw new Error(`No button with text "${text}"`);
  }
  return button as HTMLButtonElement;
}

export function textOf(root: Element): string {
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Lets pending promises and timers of the code under test run. */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The form field whose label reads `label`. */
export function fieldByLabel(root: ParentNode, label: string): HTMLElement {
  const field = [...root.querySelectorAll<HTMLElement>('mat-form-field')].find((element) => {
    const labelElement = element.querySelector('mat-label');
    return !!labelElement && textOf(labelElement) === label;
  });
  if (!field) {
    throw new Error(`No field labelled "${label}"`);
  }
  return field;
}

/** The input of the form field labelled `label`. */
export function inputByLabel(root: ParentNode, label: string): HTMLInputElement {
  const input = fieldByLabel(root, label).querySelector('input');
  if (!input) {
    throw new Error(`No input in the field labelled "${label}"`);
  }
  return input;
}

/** The error shown under the form field labelled `label`, or null when it shows none. */
export function errorByLabel(root: ParentNode, label: string): string | null {
  const error = fieldByLabel(root, label).querySelector('mat-error');
  return error ? textOf(error) : null;
}
