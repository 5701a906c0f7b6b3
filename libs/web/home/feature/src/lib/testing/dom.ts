/** Small DOM helpers for specs: act like a person would (type, click), read what they see. */
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

/** Lets pending promises and timers of the code under test run. */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
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
