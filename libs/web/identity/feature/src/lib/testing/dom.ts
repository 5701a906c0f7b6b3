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
