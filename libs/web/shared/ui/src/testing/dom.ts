/**
 * Small DOM helpers for specs: act like a person would (type, click), read what they see.
 * Test code only: import from `@mentorbridge/web-shared-ui/testing` in specs, never in app code.
 */
import { TestRequest } from '@angular/common/http/testing';
import { ApiError } from '@mentorbridge/shared-contracts';

export function byTestId<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T {
  const element = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!element) {
    throw new Error(`No element with data-testid="${id}"`);
  }
  return element;
}

export function allByTestId<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  id: string,
): T[] {
  return [...root.querySelectorAll<T>(`[data-testid="${id}"]`)];
}

export function textOf(root: Element | null): string {
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('blur'));
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button, a')].find((element) =>
    textOf(element).includes(text),
  );
  if (!button) {
    throw new Error(`No button with text "${text}"`);
  }
  return button as HTMLButtonElement;
}

/** Lets pending promises and timers of the code under test run. */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The text of the elements that describe `element` (tooltips, hints). */
export function descriptionOf(element: Element): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => textOf(document.getElementById(id)))
    .join(' ');
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

/** Clicks the chip option whose text is `label`. */
export function clickChip(root: ParentNode, label: string): void {
  const chip = [...root.querySelectorAll<HTMLElement>('mat-chip-option')].find(
    (element) => textOf(element) === label,
  );
  if (!chip) {
    throw new Error(`No chip "${label}"`);
  }
  (chip.querySelector('button') ?? chip).click();
}

/** The query string of a request, as a plain object. */
export function paramsOf(request: TestRequest): Record<string, string> {
  const params = request.request.params;
  return Object.fromEntries(params.keys().map((key) => [key, params.get(key) ?? '']));
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
};

/** Answers the request with an error in the API's format, as the server does. */
export function flushApiError(
  request: TestRequest,
  error: Omit<ApiError, 'statusCode'> & { status: number },
): void {
  const { status, ...body } = error;
  request.flush(
    { statusCode: status, ...body },
    { status, statusText: STATUS_TEXT[status] ?? 'Error' },
  );
}
